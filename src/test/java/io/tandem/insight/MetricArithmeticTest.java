package io.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
