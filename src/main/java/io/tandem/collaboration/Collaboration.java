package io.tandem.collaboration;

import org.springframework.stereotype.Service;

/** Creates the live components views put on screen, wired to the signed-in person and the database. */
@Service
public class Collaboration {

    private final CollaborationUsers users;
    private final JpaMessagePersister persister;

    Collaboration(CollaborationUsers users, JpaMessagePersister persister) {
        this.users = users;
        this.persister = persister;
    }

    /** Avatars of everyone currently on {@code topic}, the signed-in person included. */
    public OnlineAvatars avatars(String topic) {
        return new OnlineAvatars(users, topic);
    }

    /** A persisted, live discussion on {@code topic}. */
    public Discussion discussion(String topic) {
        return new Discussion(users, persister, topic);
    }
}
