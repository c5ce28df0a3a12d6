package io.tandem.collaboration;

import org.springframework.stereotype.Service;

/** Creates the live components views put on screen, wired to the signed-in person and the database. */
@Service
public class Collaboration {

    private final CollaborationUsers users;
    private final JpaMessagePersister persister;
    private final io.tandem.base.db.DatabaseMonitor database;

    Collaboration(CollaborationUsers users, JpaMessagePersister persister, io.tandem.base.db.DatabaseMonitor database) {
        this.users = users;
        this.persister = persister;
        this.database = database;
    }

    /** Avatars of everyone currently on {@code topic}, the signed-in person included. */
    public OnlineAvatars avatars(String topic) {
        return new OnlineAvatars(users, topic);
    }

    /** A live co-edited form for beans of {@code type}, as the signed-in person. */
    public <T> LiveForm<T> form(Class<T> type) {
        return new LiveForm<>(type, users.current());
    }

    /** A persisted, live discussion on {@code topic}. */
    public Discussion discussion(String topic) {
        return new Discussion(users, persister, database, topic);
    }
}
