package io.tandem.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import io.tandem.campaign.CampaignService;
import io.tandem.collaboration.SettledUpdates;
import io.tandem.collateral.CollateralService;
import io.tandem.insight.TargetService;
import io.tandem.lead.LeadService;
import java.util.List;

/**
 * Keeps an insights component current: it listens to the topics where verdicts, contacts, usage, approvals,
 * campaign changes and targets are announced, and refreshes at most once per {@link SettledUpdates#DELAY}.
 */
final class LiveRefresh {

    static final List<String> TOPICS = List.of(LeadService.BOARD_TOPIC, CollateralService.LIST_TOPIC,
            CampaignService.LIST_TOPIC, TargetService.TOPIC);

    private LiveRefresh() {
    }

    /**
     * Subscribes {@code owner} to every insights topic; {@code refresh} runs in its UI, settled, with the id of the
     * last notice it saw (views refreshing for the same notice can share their reads).
     */
    static void attach(Component owner, SettledUpdates settled, SerializableConsumer<String> refresh) {
        settled.subscribe(owner, TOPICS, burst -> refresh.accept(burst.lastNoticeId()));
    }
}
