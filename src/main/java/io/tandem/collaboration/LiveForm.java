package io.tandem.collaboration;

import com.vaadin.collaborationengine.CollaborationBinder;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.BindingValidationStatusHandler;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A form co-edited live: every field's value, and who is editing which field (highlighted in their team
 * colour), is shared with everyone on the same topic. The database stays the source of truth: views save
 * changes through their service, and a form on a topic without values shows what {@link #connect} read from the
 * database. It binds {@link LiveFields}, which share what people type and nothing the engine set itself.
 */
public class LiveForm<T> extends CollaborationBinder<T> {

    /** How long the shared values outlive the last person leaving; after that the form reloads from the database. */
    static final Duration FORGET_AFTER = Duration.ofSeconds(30);

    LiveForm(Class<T> beanType, UserInfo user) {
        super(beanType, user);
    }

    /** Binds {@link LiveFields} only: other fields would echo the engine's own changes back to the topic. */
    @Override
    protected <FIELDVALUE, TARGET> BindingBuilder<T, TARGET> doCreateBinding(HasValue<?, FIELDVALUE> field,
            Converter<FIELDVALUE, TARGET> converter, BindingValidationStatusHandler handler) {
        if (!(field instanceof LiveFields.Typed)) {
            throw new IllegalArgumentException("A live form binds LiveFields only, not " + field.getClass().getName());
        }
        return super.doCreateBinding(field, converter, handler);
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
