package io.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.base.ItemNotFoundException;
import io.tandem.insight.Dashboard.Count;
import io.tandem.people.DemoPeople;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The metrics on MariaDB against a hand-built data set in March 2001 (far from any other test's data), whose
 * every answer is worked out by hand in the comments.
 */
@TandemSpringTest
class InsightsServiceTest {

    static final Period MARCH = new Period(LocalDate.of(2001, 3, 1), LocalDate.of(2001, 3, 31));
    static final Period EMPTY = new Period(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 1, 31));

    static long a;
    static long b;
    static long sam;

    @Autowired
    InsightsService insights;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    @BeforeEach
    void seed() {
        demoPeople.seed();
        signIn.as("maya");
        if (a != 0) {
            return;
        }
        InsightData data = new InsightData(jdbc);
        sam = data.person("sam");
        long maya = data.person("maya");
        long priya = data.person("priya");
        a = data.campaign("Insight A", maya, "ACTIVE");
        b = data.campaign("Insight B", maya, "ACTIVE");
        // Campaign A, handed over in March (SLA due one day after hand-over):
        data.lead(a, "ACCEPTED", "2001-03-05T09:00:00", "2001-03-05T11:00:00", null, null); // 2 h, within
        data.lead(a, "WON", "2001-03-06T09:00:00", "2001-03-06T13:00:00", null, sam);       // 4 h, within
        data.lead(a, "LOST", "2001-03-10T09:00:00", null, "NO_BUDGET", null);              // SLA ran out
        data.lead(a, "NURTURE", "2001-03-12T09:00:00", "2001-03-14T09:00:00", null, null); // 48 h, late
        data.lead(a, "MQL", "2001-03-20T09:00:00", null, null, null);                      // waiting, overdue now
        data.lead(a, "WORKING", "2001-03-25T09:00:00", "2001-03-25T17:00:00", null, sam);  // 8 h, within
        data.lead(a, "ACCEPTED", "2001-02-20T09:00:00", null, null, null);                 // February: not counted
        // Campaign B: two rejections
        data.lead(b, "LOST", "2001-03-15T09:00:00", null, "NO_BUDGET", null);
        data.lead(b, "LOST", "2001-03-16T09:00:00", null, "WRONG_CONTACT", null);

        // Collateral of campaign A: three published assets, one review overdue
        long p1 = data.asset(a, "Case study", "PUBLISHED", maya, "2001-01-01T00:00:00", null);
        long p2 = data.asset(a, "Deck", "PUBLISHED", maya, "2001-01-02T00:00:00", null);
        data.asset(a, "Unused sheet", "PUBLISHED", maya, "2001-01-03T00:00:00", null);
        data.asset(a, "Draft in review", "IN_REVIEW", maya, null, LocalDate.of(2001, 3, 1));
        data.use(p1, sam, "2001-03-10T10:00:00", true);
        data.use(p1, priya, "2001-03-11T10:00:00", false);
        data.use(p2, sam, "2001-01-15T10:00:00", null); // before March, but within 90 days of its end
        // Approval cycles: p1 24 h; p2 48 h from its first submission (it was resubmitted once)
        data.activity("asset", p1, "submitted", maya, "2001-03-01T10:00:00");
        data.activity("asset", p1, "state-approved", sam, "2001-03-02T10:00:00");
        data.activity("asset", p2, "submitted", maya, "2001-03-03T00:00:00");
        data.activity("asset", p2, "submitted", maya, "2001-03-04T00:00:00");
        data.activity("asset", p2, "state-approved", sam, "2001-03-05T00:00:00");

        // Planning: A had sales input and both signatures before going active; B only marketing's signature
        data.salesInput(a, sam, "2001-03-01T08:00:00");
        data.activity("campaign", a, "signed", sam, "2001-03-01T09:00:00");
        data.activity("campaign", a, "signed", maya, "2001-03-01T09:30:00");
        data.activity("campaign", a, "active", maya, "2001-03-02T09:00:00");
        data.activity("campaign", b, "signed", maya, "2001-03-02T09:00:00");
        data.activity("campaign", b, "active", maya, "2001-03-03T09:00:00");
        data.salesInput(b, sam, "2001-03-04T08:00:00"); // after activation: does not count
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void leadNumbersOfOneCampaign() {
        Dashboard d = insights.dashboard(MARCH, a);
        LeadCounts n = d.leads();
        assertThat(n).isEqualTo(new LeadCounts(6, 3, 1, 1, 1, 1, 2, 3, 6));
        assertThat(n.acceptance().percent()).isEqualTo("50%");
        assertThat(n.followUp().percent()).isEqualTo("50%");
        assertThat(n.winRate().percent()).isEqualTo("33%");
        assertThat(n.recycling().counts()).isEqualTo("1 of 6");
        // contact after 2, 4, 8 and 48 hours: median 6, p90 8 + 0.7 × 40 = 36 (linear interpolation)
        assertThat(d.firstContact().median()).isCloseTo(6.0, within(0.001));
        assertThat(d.firstContact().p90()).isCloseTo(36.0, within(0.001));
        assertThat(d.firstContact().measured()).isEqualTo(4);
        // overdue now is not limited to the period: the waiting March lead and the uncontacted February one
        assertThat(d.overdueNow()).isEqualTo(2);
        assertThat(d.rejectReasons()).containsExactly(new Count("No budget", 1));
        assertThat(d.byCampaign()).singleElement().satisfies(c -> {
            assertThat(c.campaignId()).isEqualTo(a);
            assertThat(c.counts()).isEqualTo(n);
        });
    }

    @Test
    void allCampaignsSplitBySourceCampaignAndReason() {
        Dashboard d = insights.dashboard(MARCH, null);
        assertThat(d.leads().handedOver()).isEqualTo(8);
        assertThat(d.leads().rejected()).isEqualTo(3);
        assertThat(d.rejectReasons()).containsExactly(new Count("No budget", 2), new Count("Wrong contact", 1));
        assertThat(d.byCampaign()).extracting(Dashboard.CampaignLeads::campaignId).containsExactly(a, b);
        assertThat(d.byCampaign().get(1).counts().acceptance().percent()).isEqualTo("0%");
    }

    @Test
    void weeklyTrendFillsEmptyWeeks() {
        // Mondays overlapping March 2001: Feb 26, Mar 5, 12, 19, 26
        List<Dashboard.TrendPoint> trend = insights.dashboard(MARCH, null).trend();
        assertThat(trend).extracting(Dashboard.TrendPoint::bucket).containsExactly(LocalDate.of(2001, 2, 26),
                LocalDate.of(2001, 3, 5), LocalDate.of(2001, 3, 12), LocalDate.of(2001, 3, 19), LocalDate.of(2001, 3, 26));
        assertThat(trend).extracting(Dashboard.TrendPoint::handedOver).containsExactly(0L, 3L, 3L, 2L, 0L);
        assertThat(trend.get(1).followUp().counts()).isEqualTo("2 of 3");
    }

    @Test
    void collateralNumbers() {
        Dashboard.CollateralNumbers c = insights.dashboard(MARCH, a).collateral();
        assertThat(c.usage().counts()).isEqualTo("2 of 3"); // p1 and p2 used within 90 days of April 1st
        assertThat(c.helpfulness().counts()).isEqualTo("1 of 2");
        assertThat(c.mostUsed()).extracting(Dashboard.AssetUsage::uses).containsExactly(2L);
        assertThat(c.leastUsed()).extracting(Dashboard.AssetUsage::uses).containsExactly(0L, 1L, 2L);
        assertThat(c.leastUsed().getFirst().title()).startsWith("Unused sheet");
        assertThat(c.usesByTeam()).containsExactly(new Count("Sales", 2));
        // 24 h and 48 h: median 36, p90 24 + 0.9 × 24 = 45.6
        assertThat(c.approvalCycle().median()).isCloseTo(36.0, within(0.001));
        assertThat(c.approvalCycle().p90()).isCloseTo(45.6, within(0.001));
        assertThat(c.reviewsOverdue()).isEqualTo(1);
    }

    @Test
    void campaignPlanningShare() {
        Dashboard.PlanningNumbers p = insights.dashboard(MARCH, null).planning();
        assertThat(p).isEqualTo(new Dashboard.PlanningNumbers(2, 1, 1, 1));
        assertThat(p.aligned().percent()).isEqualTo("50%");
    }

    @Test
    void anEmptyPeriodHasNoSharesAndNoDivisionByZero() {
        Dashboard d = insights.dashboard(EMPTY, null);
        assertThat(d.leads()).isEqualTo(LeadCounts.EMPTY);
        assertThat(d.leads().acceptance().value()).isEmpty();
        assertThat(d.leads().followUp().percent()).isEqualTo("—");
        assertThat(d.firstContact()).isEqualTo(Dashboard.Hours.NONE);
        assertThat(d.collateral().approvalCycle()).isEqualTo(Dashboard.Hours.NONE);
        assertThat(d.collateral().helpfulness().value()).isEmpty();
        assertThat(d.planning().aligned().value()).isEmpty();
        assertThat(d.value(Metric.FOLLOW_UP_RATE)).isEmpty();
        assertThat(d.trend()).hasSize(5).allMatch(t -> t.handedOver() == 0);
        assertThat(d.byCampaign()).isEmpty();
    }

    @Test
    void followUpByPersonOnlyForTeamLeadsAndAdmins() {
        signIn.as("sam");
        assertThat(insights.dashboard(MARCH, a).byOwner()).singleElement().satisfies(o -> {
            assertThat(o.personId()).isEqualTo(sam);
            assertThat(o.leads()).isEqualTo(2);
            assertThat(o.followUp().percent()).isEqualTo("100%");
        });
        signIn.as("priya");
        assertThat(insights.dashboard(MARCH, a).byOwner()).isEmpty();
        assertThat(insights.dashboard(MARCH, a).leads().handedOver()).isEqualTo(6); // same numbers for everyone
    }

    @Test
    void dashboardsRefreshingForOneNoticeShareOneComputationButNotFollowUpByPerson() {
        signIn.as("sam");
        Dashboard forLead = insights.dashboard(MARCH, a, "notice-1");
        assertThat(insights.dashboard(MARCH, a, "notice-1")).isSameAs(forLead);
        assertThat(forLead.byOwner()).isNotEmpty();
        // another notice, period or campaign is computed afresh
        assertThat(insights.dashboard(MARCH, a, "notice-2")).isNotSameAs(forLead);
        assertThat(insights.dashboard(MARCH, null, "notice-1")).isNotSameAs(forLead);
        assertThat(insights.dashboard(MARCH, a)).isNotSameAs(forLead);
        // a sales member refreshing for the same notice gets the shared numbers without follow-up per person
        signIn.as("priya");
        Dashboard forMember = insights.dashboard(MARCH, a, "notice-1");
        assertThat(forMember.byOwner()).isEmpty();
        assertThat(forMember.computedAt()).isEqualTo(forLead.computedAt());
        assertThat(forMember.leads()).isEqualTo(forLead.leads());
    }

    @Test
    void dashboardsRefreshingForANoticeAnotherHasComputedTakeNoConnection() throws Exception {
        signIn.as("sam");
        String notice = "busy-" + System.nanoTime();
        Dashboard first = insights.dashboard(MARCH, a, notice);
        signIn.as("priya");
        // every connection busy: the dashboards after the first take its numbers without one (they used to begin
        // and commit a transaction each, and here would wait for a connection and fail)
        io.tandem.BusyPool.whileEveryConnectionIsHeld(dataSource,
                () -> assertThat(insights.dashboard(MARCH, a, notice).computedAt()).isEqualTo(first.computedAt()));
    }

    @Test
    void scorecardOfOneCampaign() {
        Scorecard s = insights.scorecard(a);
        assertThat(s.campaign().id()).isEqualTo(a);
        assertThat(s.leads().handedOver()).isEqualTo(7); // all time: February's lead too
        assertThat(s.leads().won()).isEqualTo(1);
        assertThat(s.collateral().published()).isEqualTo(3);
        assertThatThrownBy(() -> insights.scorecard(-1)).isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void aPeriodLongerThanFiveYearsIsRefused() {
        assertThatThrownBy(() -> insights.dashboard(new Period(LocalDate.of(2001, 1, 1), LocalDate.of(2010, 1, 1)), null))
                .isInstanceOf(io.tandem.base.ValidationException.class).hasMessageContaining("at most");
    }

    @Test
    void signedOutIsRefused() {
        signIn.out();
        assertThatThrownBy(() -> insights.dashboard(MARCH, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
