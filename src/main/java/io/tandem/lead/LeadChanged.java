package io.tandem.lead;

import io.tandem.base.DomainActivity;

/** A lead was created, handed over, given a verdict, contacted or moved: for the activity trail. */
public record LeadChanged(Long actorId, String actorName, Long leadId, String action, String summary)
        implements DomainActivity {

    @Override
    public String itemType() {
        return "lead";
    }

    @Override
    public String itemId() {
        return String.valueOf(leadId);
    }
}
