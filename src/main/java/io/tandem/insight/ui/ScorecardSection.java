package io.tandem.insight.ui;

import io.tandem.campaign.CampaignSection;
import io.tandem.collaboration.SettledUpdates;
import io.tandem.insight.InsightsService;

/** The "Scorecard" tab of every campaign workspace: its leads, verdicts, wins and collateral. */
@org.springframework.stereotype.Component
class ScorecardSection implements CampaignSection {

    private final InsightsService insights;
    private final SettledUpdates live;

    ScorecardSection(InsightsService insights, SettledUpdates live) {
        this.insights = insights;
        this.live = live;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title() {
        return "Scorecard";
    }

    @Override
    public com.vaadin.flow.component.Component create(long campaignId) {
        return new ScorecardPanel(insights, campaignId, live);
    }
}
