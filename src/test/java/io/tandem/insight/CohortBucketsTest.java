package io.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.TandemSpringTest;
import io.tandem.people.DemoPeople;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weeks and months the insights keep between dashboards give the numbers reading every lead gives, after each
 * kind of change that makes a kept one wrong: a lead changed, a nurtured lead handed over again (it leaves its month) and
 * an SLA running out with no write at all. Each test lives in its own year, at a "now" it chooses, rows carrying the
 * {@code updated_at} they would have had then: years to come, so that what other tests write today is in the past.
 */
@TandemSpringTest
class CohortBucketsTest {

    @Autowired
    CohortBuckets buckets;
    @Autowired
    InsightQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    InsightData data;
    long sam;
    long maya;

    @BeforeEach
    void setUp() {
        demoPeople.seed();
        buckets.forget();
        data = new InsightData(jdbc);
        sam = data.person("sam");
        maya = data.person("maya");
    }

    /** Leads in every month from January to June of {@code year}, in two campaigns, in several states. */
    private long[] seed(int year) {
        long a = data.campaign("Months A " + year, maya, "ACTIVE");
        long b = data.campaign("Months B " + year, maya, "ACTIVE");
        for (int month = 1; month <= 6; month++) {
            String m = "%d-%02d".formatted(year, month);
            data.lead(a, "ACCEPTED", m + "-05T09:00:00", m + "-05T11:00:00", null, sam);
            data.lead(a, "LOST", m + "-12T09:00:00", null, "NO_BUDGET", null);
            data.lead(b, "WON", m + "-20T09:00:00", m + "-21T15:30:00", null, sam);
            data.lead(b, "MQL", m + "-25T09:00:00", null, null, null);
        }
        return new long[] {a, b};
    }

    /** Sales contacts and wins, at {@code at}, the campaign's waiting leads handed over in {@code [from, to)}. */
    private void winWaitingLeads(long campaign, String from, String to, String at) {
        jdbc.update("UPDATE lead_item SET stage = 'WON', first_contact_at = ?, updated_at = ? WHERE campaign_id = ?"
                + " AND stage = 'MQL' AND handed_over_at >= ? AND handed_over_at < ?",
                Timestamp.valueOf(at), Timestamp.valueOf(at), campaign, from, to);
    }

    private static Instant at(String iso) {
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    }

    /** What {@link CohortBuckets#read} returns must be what reading every lead of the period returns. */
    private CohortBuckets.Read assertSameAsReadingEveryLead(Period period, Long campaignId, Instant now) {
        CohortBuckets.Read read = buckets.read(period, campaignId, now);
        Cohort expected = queries.cohortOf(period,
                queries.cohortGroups(period.start(), period.end(), period.weekly(), campaignId, now, false).groups());
        assertThat(queries.cohortOf(period, read.groups())).isEqualTo(expected);
        assertThat(InsightQueries.hoursOf(read.minutes()))
                .isEqualTo(InsightQueries.hoursOf(queries.contactMinutes(period.start(), period.end(), campaignId)));
        return read;
    }

    @Test
    void keptMonthsGiveTheSameNumbersAsReadingEveryLead() {
        long[] c = seed(2091);
        Period period = new Period(LocalDate.of(2091, 1, 10), LocalDate.of(2091, 7, 20));
        Instant now = at("2091-08-01T00:00:00");

        CohortBuckets.Read first = assertSameAsReadingEveryLead(period, null, now);
        assertThat(first.counted()).as("February to June are whole and over; January and July are not").isEqualTo(5);
        assertThat(first.kept()).isZero();
        assertThat(first.groups()).isNotEmpty();

        assertThat(meters.get(CohortBuckets.KEPT_GROUPS).gauge().value())
                .as("the gauge shows what is kept: five months of at least four groups each")
                .isGreaterThanOrEqualTo(5 * 4);

        CohortBuckets.Read second = assertSameAsReadingEveryLead(period, null, now);
        assertThat(second.kept()).isEqualTo(5);
        assertThat(second.counted()).isZero();

        // one campaign keeps its own months
        CohortBuckets.Read one = assertSameAsReadingEveryLead(period, c[0], now);
        assertThat(one.counted()).isEqualTo(5);
        assertThat(assertSameAsReadingEveryLead(period, c[0], now).kept()).isEqualTo(5);
    }

    @Test
    void aChangedLeadMakesItsMonthBeReadAgainAndOnlyThatMonth() {
        long[] c = seed(2092);
        Period period = new Period(LocalDate.of(2092, 1, 1), LocalDate.of(2092, 7, 31));
        Instant counted = at("2092-08-01T01:00:00");
        assertSameAsReadingEveryLead(period, null, counted);

        // sales contacts and wins March's waiting lead the next day
        winWaitingLeads(c[1], "2092-03-01", "2092-04-01", "2092-08-02 10:00:00");
        CohortBuckets.Read after = assertSameAsReadingEveryLead(period, null, at("2092-08-03T00:00:00"));
        assertThat(after.counted()).as("March").isEqualTo(1);
        assertThat(after.kept()).isEqualTo(6);
    }

    @Test
    void aNurturedLeadHandedOverAgainLeavesTheMonthItWasFirstHandedOverIn() {
        long[] c = seed(2093);
        Period period = new Period(LocalDate.of(2093, 1, 1), LocalDate.of(2093, 8, 31));
        assertSameAsReadingEveryLead(period, null, at("2093-08-01T00:00:00"));

        // February's lost lead was nurtured and is handed over again on 5 August: it now belongs to August
        jdbc.update("UPDATE lead_item SET stage = 'MQL', reject_reason = NULL, recycle_count = 1,"
                + " previous_handed_over_at = handed_over_at, handed_over_at = ?, sla_due_at = ?, stage_changed_at = ?,"
                + " updated_at = ? WHERE campaign_id = ? AND stage = 'LOST'"
                + " AND handed_over_at >= '2093-02-01' AND handed_over_at < '2093-03-01'",
                Timestamp.valueOf("2093-08-05 09:00:00"), Timestamp.valueOf("2093-08-06 09:00:00"),
                Timestamp.valueOf("2093-08-05 09:00:00"), Timestamp.valueOf("2093-08-05 09:00:00"), c[0]);
        CohortBuckets.Read after = assertSameAsReadingEveryLead(period, null, at("2093-08-06T00:00:00"));
        assertThat(after.counted()).as("February, which the lead left, and July, not kept before").isEqualTo(2);
        assertThat(after.kept()).isEqualTo(5);
    }

    @Test
    void anSlaRunningOutMakesItsMonthBeReadAgainWithoutAnyWrite() {
        long a = data.campaign("Months SLA", maya, "ACTIVE");
        data.lead(a, "ACCEPTED", "2094-01-10T09:00:00", "2094-01-10T10:00:00", null, sam);
        data.lead(a, "MQL", "2094-06-30T12:00:00", null, null, null); // SLA due 1 July, 12:00
        Period period = new Period(LocalDate.of(2094, 1, 1), LocalDate.of(2094, 7, 31));

        CohortBuckets.Read before = assertSameAsReadingEveryLead(period, a, at("2094-07-01T06:00:00"));
        assertThat(before.counted()).isEqualTo(6);
        assertThat(queries.cohortOf(period, before.groups()).total().slaDecided()).isEqualTo(1);

        CohortBuckets.Read still = assertSameAsReadingEveryLead(period, a, at("2094-07-01T11:00:00"));
        assertThat(still.kept()).isEqualTo(6);

        CohortBuckets.Read overdue = assertSameAsReadingEveryLead(period, a, at("2094-07-01T13:00:00"));
        assertThat(overdue.counted()).as("June: its lead's SLA ran out").isEqualTo(1);
        assertThat(queries.cohortOf(period, overdue.groups()).total().slaDecided()).isEqualTo(2);
    }

    @Test
    void keptWeeksGiveTheSameNumbersAndAChangedLeadMakesOnlyItsWeekBeReadAgain() {
        long[] c = seed(2095);
        // Tuesday 1 March to Sunday 29 May: 1-6 March is a part of a week, 7 March to 29 May twelve whole weeks
        Period period = new Period(LocalDate.of(2095, 3, 1), LocalDate.of(2095, 5, 29));
        assertThat(period.weekly()).isTrue();
        Instant counted = at("2095-06-01T00:00:00");

        CohortBuckets.Read first = assertSameAsReadingEveryLead(period, null, counted);
        assertThat(first.counted()).isEqualTo(12);
        assertThat(first.groups()).isNotEmpty();
        CohortBuckets.Read second = assertSameAsReadingEveryLead(period, null, counted);
        assertThat(second.kept()).isEqualTo(12);
        assertThat(second.counted()).isZero();
        assertThat(assertSameAsReadingEveryLead(new Period(LocalDate.of(2095, 3, 1), LocalDate.of(2095, 9, 1)), null,
                counted).kept()).as("a period counted by month keeps its own buckets").isZero();

        // sales contacts and wins the lead handed over on Monday 25 April on 2 June
        winWaitingLeads(c[1], "2095-04-25", "2095-04-26", "2095-06-02 10:00:00");
        CohortBuckets.Read after = assertSameAsReadingEveryLead(period, null, at("2095-06-03T00:00:00"));
        assertThat(after.counted()).as("the week of 25 April").isEqualTo(1);
        assertThat(after.kept()).isEqualTo(11);
    }
}
