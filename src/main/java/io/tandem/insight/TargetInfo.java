package io.tandem.insight;

import io.tandem.base.Team;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * A shared target as shown: the metric, the threshold ("at least" for metrics where more is better, "at most"
 * otherwise), who proposed and who agreed, and what the signed-in person may do with it.
 */
public record TargetInfo(Long id, Metric metric, double threshold, State state, String proposedBy, Team proposedTeam,
                         Instant proposedAt, String agreedBy, Instant agreedAt, long version, boolean canAgree,
                         boolean canWithdraw) {

    public enum State {
        PROPOSED, AGREED, WITHDRAWN
    }

    /** e.g. {@code Follow-up rate ≥ 80%}. */
    public String title() {
        return metric.label() + " " + (metric.higherIsBetter() ? "≥ " : "≤ ") + metric.format(threshold);
    }

    /** Whether {@code value} meets the target; no value (nothing measured) does not. */
    public boolean met(OptionalDouble value) {
        return met(metric, threshold, value);
    }

    static boolean met(Metric metric, double threshold, OptionalDouble value) {
        if (value.isEmpty()) {
            return false;
        }
        return metric.higherIsBetter() ? value.getAsDouble() >= threshold : value.getAsDouble() <= threshold;
    }
}
