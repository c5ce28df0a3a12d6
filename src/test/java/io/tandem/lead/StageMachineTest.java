package io.tandem.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.base.Team;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageMachineTest {

    @ParameterizedTest
    @CsvSource({"NEW,MQL", "NEW,NURTURE", "MQL,ACCEPTED", "MQL,LOST", "MQL,NURTURE", "ACCEPTED,WORKING",
            "ACCEPTED,LOST", "ACCEPTED,NURTURE", "WORKING,WON", "WORKING,LOST", "WORKING,NURTURE", "NURTURE,MQL",
            "LOST,NURTURE"})
    void allowedMoves(LeadStage from, LeadStage to) {
        assertThat(StageMachine.allowed(from, to)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"NEW,ACCEPTED", "NEW,WON", "MQL,WORKING", "MQL,WON", "ACCEPTED,MQL", "WORKING,ACCEPTED",
            "WON,LOST", "WON,NURTURE", "LOST,ACCEPTED", "NURTURE,ACCEPTED", "NURTURE,NEW", "MQL,MQL"})
    void forbiddenMoves(LeadStage from, LeadStage to) {
        assertThat(StageMachine.allowed(from, to)).isFalse();
        assertThat(StageMachine.refusal(from, to, Team.SALES, true)).isPresent();
    }

    @Test
    void everyStageHasItsMovesListed() {
        for (LeadStage s : LeadStage.values()) {
            assertThat(StageMachine.targets(s)).doesNotContain(s);
        }
        assertThat(StageMachine.targets(LeadStage.WON)).isEmpty();
    }

    @Test
    void salesDecidesOnHandedOverLeadsAndMarketingHandsOver() {
        assertThat(StageMachine.refusal(LeadStage.MQL, LeadStage.ACCEPTED, Team.SALES, false)).isEmpty();
        assertThat(StageMachine.refusal(LeadStage.MQL, LeadStage.ACCEPTED, Team.MARKETING, false))
                .hasValue("Only Sales may move a lead from Handed over (MQL) to Accepted");
        assertThat(StageMachine.refusal(LeadStage.NEW, LeadStage.MQL, Team.MARKETING, false)).isEmpty();
        assertThat(StageMachine.refusal(LeadStage.NEW, LeadStage.MQL, Team.SALES, false)).isPresent();
        assertThat(StageMachine.refusal(LeadStage.NURTURE, LeadStage.MQL, Team.MARKETING, false)).isEmpty();
        assertThat(StageMachine.refusal(LeadStage.MQL, LeadStage.ACCEPTED, Team.MARKETING, true)).isEmpty();
    }

    @Test
    void refusalsSayWhereTheLeadCanGo() {
        assertThat(StageMachine.refusal(LeadStage.NEW, LeadStage.WON, Team.MARKETING, false).orElseThrow())
                .contains("cannot move from New to Won").contains("Handed over (MQL)");
        assertThat(StageMachine.refusal(LeadStage.WON, LeadStage.LOST, Team.SALES, false))
                .hasValue("A won lead stays won");
    }
}
