package io.tandem.collateral;

import io.tandem.base.Team;
import java.util.Collection;

/**
 * When is the current version approved? At least one Marketing and one Sales reviewer approved it, and no
 * reviewer's "request changes" on it is outstanding. Each reviewer counts with their latest decision only.
 */
public final class ApprovalRule {

    /** One reviewer's latest decision on the current version. */
    public record Vote(Long reviewerId, Team team, Decision decision) {
    }

    private ApprovalRule() {
    }

    public static boolean approved(Collection<Vote> votes) {
        if (changesRequested(votes)) {
            return false;
        }
        boolean marketing = votes.stream().anyMatch(v -> v.team() == Team.MARKETING && v.decision() == Decision.APPROVE);
        boolean sales = votes.stream().anyMatch(v -> v.team() == Team.SALES && v.decision() == Decision.APPROVE);
        return marketing && sales;
    }

    public static boolean changesRequested(Collection<Vote> votes) {
        return votes.stream().anyMatch(v -> v.decision() == Decision.REQUEST_CHANGES);
    }
}
