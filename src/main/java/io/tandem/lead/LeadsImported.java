package io.tandem.lead;

import io.tandem.base.DomainActivity;

/** A CSV import of leads ended (or was undone): for the activity trail. */
public record LeadsImported(Long actorId, String actorName, Long importId, String action, String summary) implements DomainActivity {

    @Override
    public String itemType() {
        return "lead-import";
    }

    @Override
    public String itemId() {
        return String.valueOf(importId);
    }
}
