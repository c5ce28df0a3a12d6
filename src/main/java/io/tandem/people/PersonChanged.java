package io.tandem.people;

import io.tandem.base.DomainActivity;

/** Published when an admin (or the system) creates, edits, deactivates or reactivates a person or resets a password. */
public record PersonChanged(Long actorId, String actorName, Long personId, String action, String summary)
        implements DomainActivity {

    @Override
    public String itemType() {
        return "person";
    }

    @Override
    public String itemId() {
        return String.valueOf(personId);
    }
}
