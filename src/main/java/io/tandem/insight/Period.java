package io.tandem.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting period of whole days, {@code from} and {@code to} inclusive, in UTC (the database keeps UTC).
 * Charts over time use weeks (Monday first) for periods up to 92 days and months beyond.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period the dashboard accepts (about five years); a scorecard covers all time. */
    public static final int MAX_DAYS = 1900;

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("A period needs a start and an end");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    public static Period lastDays(int days, LocalDate today) {
        return new Period(today.minusDays(days - 1L), today);
    }

    public static Period quarterOf(LocalDate day) {
        LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new Period(start, start.plusMonths(3).minusDays(1));
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean weekly() {
        return days() <= 92;
    }

    /** The first day of the bucket {@code day} falls in: its Monday, or the first of its month. */
    public LocalDate bucketOf(LocalDate day) {
        return weekly() ? day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                : day.withDayOfMonth(1);
    }

    /** Every bucket start that overlaps the period, oldest first, so empty weeks show as zero, not as a gap. */
    public List<LocalDate> buckets() {
        List<LocalDate> buckets = new ArrayList<>();
        for (LocalDate b = bucketOf(from); !b.isAfter(to); b = weekly() ? b.plusWeeks(1) : b.plusMonths(1)) {
            buckets.add(b);
        }
        return buckets;
    }

    /** e.g. {@code 2026-10-25 – 2026-11-23}. */
    public String label() {
        return from + " – " + to;
    }
}
