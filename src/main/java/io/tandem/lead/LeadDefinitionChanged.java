package io.tandem.lead;

import io.tandem.base.DomainActivity;

/** A lead definition version was proposed, signed or put in force: for the activity trail. */
public record LeadDefinitionChanged(Long actorId, String actorName, Long definitionId, String action, String summary)
        implements DomainActivity {

    @Override
    public String itemType() {
        return "lead-definition";
    }

    @Override
    public String itemId() {
        return String.valueOf(definitionId);
    }
}
