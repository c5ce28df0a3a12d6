package io.tandem.collaboration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import io.tandem.base.db.DatabaseMonitor;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Live notices for views that show a summary rather than the changed thing itself (home's "what needs you", the
 * insights): the notices on their topics are gathered for {@link #DELAY} and handed over at once, as a
 * {@link Burst}, in the view's UI. A busy triage meeting then costs each such view one refresh per {@link #DELAY}
 * instead of one per verdict, and the refreshes run on one thread of their own, so hundreds of people idle on home
 * cannot hold up the engine's threads that carry the meeting's own live updates. A refresh that fails because
 * the database is unavailable is tried again once it answers, with everything that arrived meanwhile.
 */
@org.springframework.stereotype.Component
public class SettledUpdates {

    /** A change shows in such a view within this delay plus its refresh. */
    public static final Duration DELAY = Duration.ofSeconds(2);

    /**
     * The notices a view is handed at once: the topics they came on, their kinds, and the id of the last one (views
     * refreshing for the same notice can share their reads).
     */
    public record Burst(Set<String> topics, Set<String> kinds, String lastNoticeId) {
    }

    private final LiveUpdates live;
    private final DatabaseMonitor database;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "settled-refresh");
        t.setDaemon(true);
        return t;
    });

    SettledUpdates(LiveUpdates live, DatabaseMonitor database) {
        this.live = live;
        this.database = database;
    }

    /**
     * Calls {@code onBurst} in {@code owner}'s UI, at most once per {@link #DELAY}, with what arrived on
     * {@code topics} since the last call, while {@code owner} is attached.
     */
    public void subscribe(Component owner, Collection<String> topics, SerializableConsumer<Burst> onBurst) {
        Gathered gathered = new Gathered();
        Debouncer debouncer = new Debouncer(executor, DELAY, () -> {
            UI target = gathered.ui();
            if (target != null && target.isAttached()) {
                target.access(() -> {
                    Burst burst = gathered.take();
                    if (burst != null && owner.isAttached()) {
                        handOver(burst, onBurst, gathered);
                    }
                });
            }
        });
        gathered.retry = debouncer::trigger;
        for (String topic : topics) {
            live.subscribe(owner, topic, notice -> {
                gathered.add(UI.getCurrent(), topic, notice);
                debouncer.trigger();
            });
        }
    }

    private void handOver(Burst burst, SerializableConsumer<Burst> onBurst, Gathered gathered) {
        try {
            onBurst.accept(burst);
        } catch (RuntimeException e) {
            if (!DatabaseMonitor.isOutage(e)) {
                throw e;
            }
            gathered.putBack(burst);
            database.afterNextAnswer(gathered.retry);
            database.failed(e);
        }
    }

    /** What arrived since the last burst was handed over. */
    private static final class Gathered {
        /** Set once the debouncer exists: asks for a run again (after an outage). */
        private Runnable retry;
        private UI ui;
        private Set<String> topics = new HashSet<>();
        private Set<String> kinds = new HashSet<>();
        private String lastNoticeId;

        synchronized void add(UI from, String topic, LiveNotice notice) {
            ui = from;
            topics.add(topic);
            kinds.add(notice.kind());
            lastNoticeId = notice.id();
        }

        synchronized UI ui() {
            return ui;
        }

        /** A burst its view could not take: handed over again with whatever arrives meanwhile. */
        synchronized void putBack(Burst burst) {
            topics.addAll(burst.topics());
            kinds.addAll(burst.kinds());
        }

        /** The burst so far, or {@code null} when nothing arrived since the last. */
        synchronized Burst take() {
            if (topics.isEmpty()) {
                return null;
            }
            Burst burst = new Burst(Set.copyOf(topics), Set.copyOf(kinds), lastNoticeId);
            topics = new HashSet<>();
            kinds = new HashSet<>();
            return burst;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
