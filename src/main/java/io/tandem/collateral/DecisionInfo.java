package io.tandem.collateral;

import io.tandem.base.Team;
import java.time.Instant;

/** One decision as views see it. */
public record DecisionInfo(Long id, int versionNo, Long personId, String personName, Team team, Decision decision,
        String comment, Instant decidedAt) {
}
