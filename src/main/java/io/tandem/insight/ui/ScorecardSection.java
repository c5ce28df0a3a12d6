package io.tandem.insight.ui;

import io.tandem.campaign.CampaignSection;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.insight.InsightsService;

/** The "Scorecard" tab of every campaign workspace: its leads, verdicts, wins and collateral. */
@org.springframework.stereotype.Component
class ScorecardSection implements CampaignSection {

    private final InsightsService insights;
    private final LiveUpdates live;
    private final RefreshScheduler scheduler;

    ScorecardSection(InsightsService insights, LiveUpdates live, RefreshScheduler scheduler) {
        this.insights = insights;
        this.live = live;
        this.scheduler = scheduler;
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
        return new ScorecardPanel(insights, campaignId, live, scheduler);
    }
}
