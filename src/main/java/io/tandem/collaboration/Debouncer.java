package io.tandem.collaboration;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Coalesces bursts of live notices into one refresh: the first notice schedules {@code action} after
 * {@code delay}; notices arriving before it runs are absorbed by that same run. So a busy triage meeting redraws
 * the dashboard at most once per {@code delay}, and a change shows within {@code delay} plus one query.
 */
final class Debouncer {

    private final ScheduledExecutorService scheduler;
    private final Duration delay;
    private final Runnable action;
    private final AtomicBoolean pending = new AtomicBoolean();

    Debouncer(ScheduledExecutorService scheduler, Duration delay, Runnable action) {
        this.scheduler = scheduler;
        this.delay = delay;
        this.action = action;
    }

    /** Asks for a run; returns whether this call scheduled one (false: one is already pending). */
    boolean trigger() {
        if (!pending.compareAndSet(false, true)) {
            return false;
        }
        scheduler.schedule(() -> {
            pending.set(false);
            action.run();
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }
}
