package io.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.tandem.insight.Dashboard.AssetUsage;
import io.tandem.insight.Dashboard.CampaignLeads;
import io.tandem.insight.Dashboard.CollateralNumbers;
import io.tandem.insight.Dashboard.Count;
import io.tandem.insight.Dashboard.Hours;
import io.tandem.insight.Dashboard.PlanningNumbers;
import io.tandem.insight.Dashboard.TrendPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic around the SQL: shares, division by zero, periods and buckets, formats and CSV. */
class MetricArithmeticTest {

    @Test
    void sharesAndNothingToCount() {
        assertThat(new Ratio(3, 6).percent()).isEqualTo("50%");
        assertThat(new Ratio(1, 3).percentValue()).isEqualTo(33.3);
        assertThat(new Ratio(2, 3).percent()).isEqualTo("67%");
        assertThat(new Ratio(0, 4).value()).hasValue(0.0);
        assertThat(Ratio.NONE.value()).isEmpty();
        assertThat(Ratio.NONE.percent()).isEqualTo("—");
        assertThat(Ratio.NONE.percentValue()).isNull();
        assertThatThrownBy(() -> new Ratio(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ratio(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leadSharesFromCounts() {
        LeadCounts n = new LeadCounts(10, 4, 3, 2, 1, 1, 2, 6, 8);
        assertThat(n.acceptance().percent()).isEqualTo("40%");
        assertThat(n.rejection().percent()).isEqualTo("30%");
        assertThat(n.recycling().percent()).isEqualTo("20%");
        assertThat(n.followUp().percent()).isEqualTo("75%");
        assertThat(n.winRate().percent()).isEqualTo("25%");
        assertThat(LeadCounts.EMPTY.winRate().value()).isEmpty();
    }

    @Test
    void percentilesOverCountedValuesAreThoseOfTheRows() {
        Percentiles rows = new Percentiles(); // the rows 1, 2, 3, 4
        for (long v = 1; v <= 4; v++) {
            rows.add(v, 1);
        }
        assertThat(rows.cont(0.5)).isEqualTo(2.5);
        assertThat(rows.cont(0.9)).isCloseTo(3.7, within(1e-9)); // rank 2.7
        Percentiles counted = new Percentiles(); // the rows 1, 2, 2, 10
        counted.add(1, 1);
        counted.add(2, 2);
        counted.add(10, 1);
        assertThat(counted.count()).isEqualTo(4);
        assertThat(counted.cont(0.5)).isEqualTo(2.0);
        assertThat(counted.cont(0.9)).isCloseTo(7.6, within(1e-9)); // 2 + 0.7 × 8
        assertThat(counted.cont(0)).isEqualTo(1.0);
        assertThat(counted.cont(1)).isEqualTo(10.0);
        Percentiles one = new Percentiles();
        one.add(42, 3);
        assertThat(one.cont(0.9)).isEqualTo(42.0);
        assertThatThrownBy(() -> counted.add(5, 1)).hasMessageContaining("ascending");
        assertThatThrownBy(() -> new Percentiles().cont(0.5)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void leadDefinitionsPerGroup() {
        // stage, has a reject reason, contact state (0 running, 1 run out, 2 late, 3 within the SLA), leads
        assertThat(LeadCounts.ofGroup("MQL", false, 0, 4)).isEqualTo(new LeadCounts(4, 0, 0, 0, 4, 0, 0, 0, 0));
        assertThat(LeadCounts.ofGroup("MQL", false, 1, 2)).isEqualTo(new LeadCounts(2, 0, 0, 0, 2, 0, 0, 0, 2));
        assertThat(LeadCounts.ofGroup("ACCEPTED", false, 3, 3)).isEqualTo(new LeadCounts(3, 3, 0, 0, 0, 0, 3, 3, 3));
        assertThat(LeadCounts.ofGroup("WORKING", false, 2, 1)).isEqualTo(new LeadCounts(1, 1, 0, 0, 0, 0, 1, 0, 1));
        assertThat(LeadCounts.ofGroup("WON", false, 3, 5)).isEqualTo(new LeadCounts(5, 5, 0, 0, 0, 5, 0, 5, 5));
        // lost with a reason was rejected; lost without one was accepted first and lost later
        assertThat(LeadCounts.ofGroup("LOST", true, 1, 2)).isEqualTo(new LeadCounts(2, 0, 2, 0, 0, 0, 0, 0, 2));
        assertThat(LeadCounts.ofGroup("LOST", false, 3, 1)).isEqualTo(new LeadCounts(1, 1, 0, 0, 0, 0, 0, 1, 1));
        assertThat(LeadCounts.ofGroup("NURTURE", true, 0, 6)).isEqualTo(new LeadCounts(6, 0, 0, 6, 0, 0, 0, 0, 0));
        assertThat(LeadCounts.ofGroup("MQL", false, 0, 1).plus(LeadCounts.ofGroup("WON", false, 3, 1)))
                .isEqualTo(new LeadCounts(2, 1, 0, 0, 1, 1, 0, 1, 1));
    }

    @Test
    void aCohortSplitsItsGroupsFiveWays() {
        Period march = new Period(LocalDate.of(2001, 3, 5), LocalDate.of(2001, 3, 25)); // three weeks, from a Monday
        LocalDate w1 = LocalDate.of(2001, 3, 5);
        LocalDate w3 = LocalDate.of(2001, 3, 19);
        LeadCounts accepted = new LeadCounts(2, 2, 0, 0, 0, 1, 1, 1, 2);
        LeadCounts rejected = new LeadCounts(3, 0, 3, 0, 0, 0, 0, 0, 1);
        LeadCounts waiting = new LeadCounts(1, 0, 0, 0, 1, 0, 0, 0, 0);
        Cohort c = Cohort.of(march, List.of(
                new Cohort.CohortGroup(w1, 7L, 20L, null, accepted),
                new Cohort.CohortGroup(w1, 7L, null, "NO_BUDGET", rejected),
                new Cohort.CohortGroup(w3, null, null, null, waiting),
                new Cohort.CohortGroup(w3, 8L, 21L, "NO_BUDGET", new LeadCounts(1, 0, 1, 0, 0, 0, 0, 0, 0)),
                new Cohort.CohortGroup(w3, 8L, 99L, "WRONG_CONTACT", new LeadCounts(1, 0, 1, 0, 0, 0, 0, 0, 0))),
                Map.of(7L, "Spring webinar", 8L, "Trade show"), Map.of(20L, "Sam", 21L, "Priya"));
        assertThat(c.total()).isEqualTo(new LeadCounts(8, 2, 5, 0, 1, 1, 1, 1, 3));
        assertThat(c.rejectReasons()).containsExactly(new Count("No budget", 4), new Count("Wrong contact", 1));
        assertThat(c.byCampaign()).extracting(CampaignLeads::campaign, l -> l.counts().handedOver())
                .containsExactly(tuple("Spring webinar", 5L),
                        tuple("Trade show", 2L),
                        tuple("No campaign", 1L));
        assertThat(c.trend()).extracting(TrendPoint::bucket, TrendPoint::handedOver).containsExactly(
                tuple(w1, 5L),
                tuple(LocalDate.of(2001, 3, 12), 0L), // an empty week is a zero
                tuple(w3, 3L));
        // owners by leads, then name; a person the database no longer has (99) is left out
        assertThat(c.byOwner()).extracting(Dashboard.OwnerFollowUp::person, Dashboard.OwnerFollowUp::leads)
                .containsExactly(tuple("Sam", 2L),
                        tuple("Priya", 1L));
        assertThat(Cohort.of(march, List.of(), Map.of(), Map.of()).total())
                .isEqualTo(LeadCounts.EMPTY);
    }

    @Test
    void periods() {
        Period p = Period.lastDays(30, LocalDate.of(2026, 11, 23));
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(p.days()).isEqualTo(30);
        assertThat(p.end()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(p.weekly()).isTrue();
        assertThat(Period.quarterOf(LocalDate.of(2026, 11, 23)))
                .isEqualTo(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        Period year = new Period(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 31));
        assertThat(year.weekly()).isFalse();
        assertThat(year.buckets()).hasSize(12).startsWith(LocalDate.of(2026, 1, 1));
        assertThat(new Period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)).buckets())
                .containsExactly(LocalDate.of(2026, 11, 23)); // a Monday
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("ends before");
    }

    @Test
    void formats() {
        assertThat(Metric.FOLLOW_UP_RATE.format(79.6)).isEqualTo("80%");
        assertThat(Metric.TIME_TO_FIRST_CONTACT.format(6)).isEqualTo("6.0 h");
        assertThat(Metric.APPROVAL_CYCLE_TIME.format(72)).isEqualTo("3.0 d");
        assertThat(Metric.ALIGNMENT_SCORE.format(3.75)).isEqualTo("3.8 of 5");
        assertThat(Metric.TIME_TO_FIRST_CONTACT.higherIsBetter()).isFalse();
        for (Metric m : Metric.values()) {
            assertThat(m.definition()).as(m.name()).isNotBlank().endsWith(".");
        }
    }

    @Test
    void csvOfATableNeutralisesFormulas() {
        Period p = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        LeadCounts n = new LeadCounts(4, 2, 1, 1, 0, 1, 1, 1, 2);
        Dashboard d = new Dashboard(p, null, Instant.EPOCH, n, Hours.NONE, 0, List.of(new Count("Other", 1)),
                List.of(new CampaignLeads(7L, "=HYPERLINK(\"x\")", n), new CampaignLeads(null, "No campaign", LeadCounts.EMPTY)),
                List.of(new TrendPoint(LocalDate.of(2026, 10, 27), 4, 2, 1, 2)), List.of(),
                new CollateralNumbers(0, 0, 0, 0, Hours.NONE, 0, 0, List.of(new AssetUsage(1L, "@SUM(A1)", 3, 1, 2)),
                        List.of(), List.of()), new PlanningNumbers(0, 0, 0, 0));
        assertThat(InsightTable.LEADS_BY_CAMPAIGN.csv(d)).isEqualTo(
                "Campaign,Handed over,Accepted,Rejected,Recycled,Waiting,Won,Pipeline,Acceptance rate %,Follow-up rate %,Win rate %\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",4,2,1,1,0,1,1,50.0,50.0,50.0\r\n"
                        + "No campaign,0,0,0,0,0,0,0,,,\r\n");
        assertThat(InsightTable.MOST_USED_ASSETS.csv(d)).contains("'@SUM(A1),3,1,2\r\n");
        assertThat(InsightTable.TREND.csv(d)).startsWith("Week starting,").contains("2026-10-27,4,2,50.0,50.0");
        assertThat(InsightTable.FUNNEL.rows(d)).hasSize(4);
        assertThat(InsightTable.LEADS_BY_CAMPAIGN.fileName(d)).isEqualTo("leads-by-campaign-2026-11-01-2026-11-30.csv");
        assertThat(d.value(Metric.ACCEPTANCE_RATE)).hasValue(50.0);
        assertThat(d.value(Metric.HELPFULNESS)).isEmpty();
    }
}
