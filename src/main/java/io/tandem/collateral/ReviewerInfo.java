package io.tandem.collateral;

import io.tandem.base.Team;

/** An assigned reviewer and their latest decision on the current version ({@code null}: not decided yet). */
public record ReviewerInfo(Long personId, String name, Team team, Decision decision, String comment) {
}
