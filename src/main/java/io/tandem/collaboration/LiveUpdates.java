package io.tandem.collaboration;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.SystemUserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tandem.base.db.DatabaseMonitor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Live "X changed" notices between views, carried by the Collaboration Engine (never a JVM-local bus, so a
 * clustered engine backend carries them to every node).
 * <p>
 * A service calls {@link #publishAfterCommit}; every view that {@link #subscribe subscribed} to the topic gets
 * the notice in its UI thread, while it is attached, and reloads from the database. Detached views are
 * unsubscribed by the engine's component connection context.
 */
@Service
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    private static final String MAP = "notices";
    private static final String KEY = "last";
    /** The name of the delivery timer. */
    public static final String DELIVERY = "tandem.live.delivery";

    private final Clock clock;
    private final CollaborationUsers users;
    private final MeterRegistry meters;
    private final DatabaseMonitor database;
    private final Map<String, CompletableFuture<CollaborationMap>> publishers = new ConcurrentHashMap<>();
    private final Map<String, Timer> deliveries = new ConcurrentHashMap<>();
    private volatile VaadinService service;

    LiveUpdates(Clock clock, CollaborationUsers users, MeterRegistry meters, DatabaseMonitor database) {
        this.clock = clock;
        this.users = users;
        this.meters = meters;
        this.database = database;
    }

    void serviceStarted(VaadinService vaadinService) {
        this.service = vaadinService;
        publishers.clear();
        vaadinService.addServiceDestroyListener(event -> {
            // the engine of a destroyed service is closed: forget it and its connections
            if (service == vaadinService) {
                service = null;
                publishers.clear();
            }
        });
    }

    /**
     * Sends a notice on {@code topic} once the current transaction commits (at once when there is none). A
     * rolled-back change sends nothing.
     */
    public void publishAfterCommit(String topic, String kind, String itemId, String actor) {
        LiveNotice notice = new LiveNotice(UUID.randomUUID().toString(), kind, itemId, actor, clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(topic, notice);
                }
            });
        } else {
            send(topic, notice);
        }
    }

    private void send(String topic, LiveNotice notice) {
        VaadinService current = service;
        if (current == null) {
            return; // no UI has started yet, so nobody is watching
        }
        CompletableFuture<CollaborationMap> publisher = publishers.computeIfAbsent(topic, t -> open(current, t));
        publisher.thenAccept(map -> map.put(KEY, notice))
                .exceptionally(e -> {
                    publishers.remove(topic, publisher); // reopen on the next notice
                    log.warn("Could not send live notice {} on {}: {}", notice.kind(), topic, e.getMessage());
                    return null;
                });
    }

    private CompletableFuture<CollaborationMap> open(VaadinService vaadinService, String topic) {
        CompletableFuture<CollaborationMap> ready = new CompletableFuture<>();
        CollaborationEngine engine = CollaborationEngine.getInstance(vaadinService);
        engine.openTopicConnection(engine.getSystemContext(), topic, SystemUserInfo.getInstance(), connection -> {
            ready.complete(connection.getNamedMap(MAP));
            return null;
        });
        return ready;
    }

    /**
     * The metric {@value #DELIVERY}: from a change (its notice) to a view that has reloaded and shows it, on the
     * server (the push to the browser follows), per kind of topic ({@code leads}, {@code campaign}, ...).
     */
    private Timer delivery(String topic) {
        int slash = topic.indexOf('/');
        String kind = slash < 0 ? topic : topic.substring(0, slash);
        return deliveries.computeIfAbsent(kind, k -> Timer.builder(DELIVERY)
                .description("From a committed change to a view that shows it, on the server")
                .tag("topic", k).publishPercentiles(0.5, 0.95, 0.99).register(meters));
    }

    /**
     * Calls {@code onNotice} in {@code owner}'s UI thread for every notice on {@code topic} sent from now on,
     * while the owner is attached. The notice last sent before subscribing is not replayed (the engine hands
     * the current value to a new subscriber); a notice sent while the connection is still opening is
     * delivered, at worst one reload too many, never one too few.
     */
    public Registration subscribe(Component owner, String topic, SerializableConsumer<LiveNotice> onNotice) {
        Instant since = clock.instant();
        Timer delivered = delivery(topic);
        Missed missed = new Missed();
        Registration connection = CollaborationEngine.getInstance().openTopicConnection(owner, topic,
                users.current(), topicConnection -> topicConnection.getNamedMap(MAP).subscribe(event -> {
                    LiveNotice notice = event.getValue(LiveNotice.class);
                    if (notice != null && !notice.at().isBefore(since) && deliver(owner, notice, onNotice, missed)) {
                        delivered.record(Duration.between(notice.at(), clock.instant()).abs());
                    }
                }));
        return () -> {
            connection.remove();
            missed.forget();
        };
    }

    /**
     * Hands a notice to its view. When the view could not reload because the database is unavailable, the notice
     * is kept and handed over again once the database answers (the view would otherwise show what it had before
     * the outage until the next change). Returns whether the view took it.
     */
    private boolean deliver(Component owner, LiveNotice notice, SerializableConsumer<LiveNotice> onNotice,
            Missed missed) {
        try {
            onNotice.accept(notice);
            return true;
        } catch (RuntimeException e) {
            if (!DatabaseMonitor.isOutage(e)) {
                throw e;
            }
            missed.keep(notice, () -> database.afterNextAnswer(() -> {
                missed.answered();
                owner.getUI().ifPresent(ui -> ui.access(() -> {
                    LiveNotice last = missed.take();
                    if (last != null && owner.isAttached()) {
                        deliver(owner, last, onNotice, missed);
                    }
                }));
            }));
            database.failed(e);
            return false;
        }
    }

    /** The last notice a view missed during a database outage, and the wait for the database to answer. */
    private static final class Missed implements java.io.Serializable {
        private transient LiveNotice notice;
        private transient Registration waiting;

        /** Keeps {@code missed} (the latest is enough: a view reloads all it shows); starts waiting if not yet. */
        synchronized void keep(LiveNotice missed, java.util.function.Supplier<Registration> startWaiting) {
            notice = missed;
            if (waiting == null) {
                waiting = startWaiting.get();
            }
        }

        /** The database answered; the wait is over (the monitor has dropped it). */
        synchronized void answered() {
            waiting = null;
        }

        synchronized LiveNotice take() {
            LiveNotice last = notice;
            notice = null;
            return last;
        }

        /** The view is gone: stop waiting. */
        synchronized void forget() {
            notice = null;
            if (waiting != null) {
                waiting.remove();
                waiting = null;
            }
        }
    }
}
