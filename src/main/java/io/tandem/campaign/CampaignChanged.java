package io.tandem.campaign;

import io.tandem.base.DomainActivity;

/** A campaign milestone for the activity trail: created, signed, activated, participants, signatures cleared. */
public record CampaignChanged(Long actorId, String actorName, Long campaignId, String action, String summary)
        implements DomainActivity {

    @Override
    public String itemType() {
        return "campaign";
    }

    @Override
    public String itemId() {
        return String.valueOf(campaignId);
    }
}
