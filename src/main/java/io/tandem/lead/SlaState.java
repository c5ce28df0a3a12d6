package io.tandem.lead;

import java.time.Duration;
import java.time.Instant;

/** The SLA clock of a lead: not running, stopped by a first contact, green, amber (last quarter) or red (overdue). */
public enum SlaState {
    NONE, MET, GREEN, AMBER, RED;

    /**
     * @param handedOverAt when the clock started, or {@code null}
     * @param dueAt        the business-hours deadline, or {@code null}
     * @param firstContact when sales first contacted the lead, or {@code null}
     */
    public static SlaState of(LeadStage stage, Instant handedOverAt, Instant dueAt, Instant firstContact,
            BusinessHours hours, Instant now) {
        if (handedOverAt == null || dueAt == null || !stage.slaRelevant()) {
            return NONE;
        }
        if (firstContact != null) {
            return MET;
        }
        if (!now.isBefore(dueAt)) {
            return RED;
        }
        Duration total = hours.between(handedOverAt, dueAt);
        Duration left = hours.between(now, dueAt);
        return left.multipliedBy(4).compareTo(total) <= 0 ? AMBER : GREEN;
    }
}
