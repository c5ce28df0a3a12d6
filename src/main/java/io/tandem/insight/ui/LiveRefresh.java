package io.tandem.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.tandem.campaign.CampaignService;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collateral.CollateralService;
import io.tandem.insight.TargetService;
import io.tandem.lead.LeadService;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps an insights component current: it listens to the topics where verdicts, contacts, usage, approvals,
 * campaign changes and targets are announced, and refreshes at most once per {@link #DELAY} (debounced).
 */
final class LiveRefresh {

    /** Numbers show a change within this delay plus one query; a busy board redraws at most this often. */
    static final Duration DELAY = Duration.ofSeconds(2);

    static final List<String> TOPICS = List.of(LeadService.BOARD_TOPIC, CollateralService.LIST_TOPIC,
            CampaignService.LIST_TOPIC, TargetService.TOPIC);

    private volatile UI ui;
    private volatile String lastNotice;

    private LiveRefresh() {
    }

    /**
     * Subscribes {@code owner} to every insights topic; {@code refresh} runs in its UI, debounced, with the id of the
     * last notice it saw (views refreshing for the same notice can share their reads).
     */
    static void attach(Component owner, LiveUpdates live, RefreshScheduler scheduler, Consumer<String> refresh) {
        LiveRefresh state = new LiveRefresh();
        Debouncer debouncer = new Debouncer(scheduler.executor(), DELAY, () -> {
            UI target = state.ui;
            if (target != null && target.isAttached()) {
                String notice = state.lastNotice;
                target.access(() -> refresh.accept(notice));
            }
        });
        for (String topic : TOPICS) {
            live.subscribe(owner, topic, notice -> {
                state.ui = UI.getCurrent();
                state.lastNotice = notice.id();
                debouncer.trigger();
            });
        }
    }
}
