package io.tandem.collateral;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.base.Team;
import io.tandem.collateral.ApprovalRule.Vote;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalRuleTest {

    private static Vote v(long id, Team team, Decision d) {
        return new Vote(id, team, d);
    }

    @Test
    void needsOneApprovalFromEachTeam() {
        assertThat(ApprovalRule.approved(List.of())).isFalse();
        assertThat(ApprovalRule.approved(List.of(v(1, Team.MARKETING, Decision.APPROVE)))).isFalse();
        assertThat(ApprovalRule.approved(List.of(v(1, Team.SALES, Decision.APPROVE),
                v(2, Team.SALES, Decision.APPROVE)))).isFalse();
        assertThat(ApprovalRule.approved(List.of(v(1, Team.SALES, Decision.APPROVE),
                v(2, Team.MARKETING, Decision.APPROVE)))).isTrue();
    }

    @Test
    void anOutstandingRequestForChangesBlocksApproval() {
        List<Vote> votes = List.of(v(1, Team.SALES, Decision.APPROVE), v(2, Team.MARKETING, Decision.APPROVE),
                v(3, Team.SALES, Decision.REQUEST_CHANGES));
        assertThat(ApprovalRule.approved(votes)).isFalse();
        assertThat(ApprovalRule.changesRequested(votes)).isTrue();
        assertThat(ApprovalRule.changesRequested(votes.subList(0, 2))).isFalse();
    }
}
