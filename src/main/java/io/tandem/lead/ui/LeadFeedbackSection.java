package io.tandem.lead.ui;

import com.vaadin.flow.component.Component;
import io.tandem.campaign.CampaignSection;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.lead.LeadFeedbackService;

/** Adds the "Lead feedback" tab to every campaign workspace, so marketing sees sales' verdicts where it plans. */
@org.springframework.stereotype.Component
class LeadFeedbackSection implements CampaignSection {

    private final LeadFeedbackService feedback;
    private final LiveUpdates liveUpdates;

    LeadFeedbackSection(LeadFeedbackService feedback, LiveUpdates liveUpdates) {
        this.feedback = feedback;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return "Lead feedback";
    }

    @Override
    public Component create(long campaignId) {
        return new LeadFeedbackPanel(feedback, liveUpdates, campaignId);
    }
}
