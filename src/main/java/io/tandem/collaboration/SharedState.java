package io.tandem.collaboration;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * Live key-value state shared by everyone on a topic (e.g. a triage meeting's focused lead), carried by the
 * Collaboration Engine. Not stored: what must survive a restart belongs in the database. A view {@link #join
 * joins} while it is attached: it gets every current entry and every change in its UI thread, and may write.
 */
@Service
public class SharedState {

    private static final String MAP = "state";

    private final CollaborationUsers users;

    SharedState(CollaborationUsers users) {
        this.users = users;
    }

    /**
     * Connects {@code owner} to the state of {@code topic} while it is attached. {@code onChange} is called with
     * (key, value) for the entries present on connecting and for every later change; a removed entry gives
     * {@code null}.
     */
    public Handle join(Component owner, String topic, SerializableBiConsumer<String, String> onChange) {
        Handle handle = new Handle();
        CollaborationEngine.getInstance().openTopicConnection(owner, topic, users.current(), connection -> {
            CollaborationMap map = connection.getNamedMap(MAP);
            handle.map.set(map);
            // the engine hands the current entries to a new subscriber, then every change
            var registration = map.subscribe(event -> onChange.accept(event.getKey(), event.getValue(String.class)));
            return () -> {
                registration.remove();
                handle.map.set(null);
            };
        });
        return handle;
    }

    /** A view's connection to a topic's shared state. */
    public static final class Handle implements Serializable {

        private final transient AtomicReference<CollaborationMap> map = new AtomicReference<>();

        /**
         * Sets {@code key} for everyone on the topic ({@code null} removes it). Entries scoped to the connection
         * disappear when the writer leaves; returns false when the view is not connected (yet).
         */
        public boolean put(String key, String value, boolean untilILeave) {
            CollaborationMap m = map.get();
            if (m == null) {
                return false;
            }
            m.put(key, value, untilILeave ? EntryScope.CONNECTION : EntryScope.TOPIC);
            return true;
        }

        public boolean connected() {
            return map.get() != null;
        }
    }
}
