package io.tandem.activity;

import io.tandem.base.DomainActivity;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every {@link DomainActivity} event to the trail, synchronously, inside the transaction that published
 * it: the trail and the change commit or roll back together.
 */
@Component
class ActivityRecorder {

    private static final int SUMMARY_MAX = 500;

    private final ActivityRepository entries;
    private final Clock clock;

    ActivityRecorder(ActivityRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DomainActivity event) {
        String summary = event.summary();
        if (summary.length() > SUMMARY_MAX) {
            summary = summary.substring(0, SUMMARY_MAX - 1) + "…";
        }
        entries.save(new ActivityEntry(clock.instant(), event.actorId(), event.actorName(), event.itemType(),
                event.itemId(), event.action(), summary));
    }
}
