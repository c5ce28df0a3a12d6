package io.tandem.collaboration;

import com.vaadin.collaborationengine.CollaborationBinder;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A form co-edited live: every field's value, and who is editing which field (highlighted in their team
 * colour), is shared with everyone on the same topic. The database stays the source of truth: views save
 * changes through their service and {@link #connect} seeds the topic from the database when nobody has it open.
 */
public class LiveForm<T> extends CollaborationBinder<T> {

    /** How long the shared values outlive the last person leaving; after that the form reloads from the database. */
    static final Duration FORGET_AFTER = Duration.ofSeconds(30);

    LiveForm(Class<T> beanType, UserInfo user) {
        super(beanType, user);
    }

    /**
     * Joins the topic; {@code stored} supplies the saved values when the topic holds none. The engine may call
     * it from its own thread, so it runs with the security context of the person who opened the form.
     */
    public void connect(String topic, SerializableSupplier<T> stored) {
        SecurityContext opener = SecurityContextHolder.getContext();
        setExpirationTimeout(FORGET_AFTER);
        setTopic(topic, () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(opener);
            try {
                return stored.get();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
    }
}
