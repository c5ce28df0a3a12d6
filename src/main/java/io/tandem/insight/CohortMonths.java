package io.tandem.insight;

import io.tandem.insight.Cohort.CohortGroup;
import io.tandem.insight.InsightQueries.Groups;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The lead numbers of whole past months, kept between dashboards (docs/decisions/0025). A dashboard of a year at a
 * million leads read ~700k index entries twice (the cohort and the first-contact times) for every view; past
 * months hardly change, so their groups are kept and only what changed is read again:
 * <ul>
 *   <li>a month in which a lead changed since its numbers were counted (every change to a lead sets its
 *   {@code updated_at}; {@link InsightQueries#changesSince} reads only the recent ones), including the month a
 *   nurtured lead handed over again has left (the lead keeps its previous hand-over);</li>
 *   <li>a month in which an uncontacted lead's SLA has run out since (its "overdue" depends on now, not on a
 *   write: each month knows when its next one runs out).</li>
 * </ul>
 * The months at the edges of the period and the current one are always read. Changes committed within
 * {@link #SETTLING} before a month was counted count as after it, so a transaction still open while the month was
 * read cannot be missed. Each node keeps its own months; the checks ask the shared database, so nodes agree.
 */
@Component
public class CohortMonths {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CohortMonths.class);

    /** How long before a count a change still makes the month be read again; longer than any transaction. */
    static final Duration SETTLING = Duration.ofMinutes(2);
    /**
     * Months kept, least recently used dropped first (an empty month costs a few bytes; a busy one holds a group
     * per campaign, owner, reject reason, stage and SLA state that occurs in it, and a count per minute to contact).
     */
    static final int MAX_MONTHS = 5_000;

    private final InsightQueries queries;
    private final ParallelQueries parallel;
    private final java.time.Clock clock;
    private final Map<Key, Month> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Month> eldest) {
            return size() > MAX_MONTHS;
        }
    };

    /** The gauge of what the kept months hold: their cohort groups and first-contact minute counts. */
    public static final String KEPT_GROUPS = "tandem.insights.kept.groups";

    CohortMonths(InsightQueries queries, ParallelQueries parallel, java.time.Clock clock,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.queries = queries;
        this.parallel = parallel;
        this.clock = clock;
        io.micrometer.core.instrument.Gauge.builder(KEPT_GROUPS, this, CohortMonths::keptGroups)
                .description("Lead cohort groups the insights keep for whole past months").register(meters);
    }

    private double keptGroups() {
        synchronized (kept) {
            return kept.values().stream().mapToLong(m -> m.groups().size() + m.minutes().size()).sum();
        }
    }

    private record Key(YearMonth month, Long campaignId) {
    }

    /** One month's groups and first-contact minutes, counted at {@code countedAt}. */
    private record Month(List<CohortGroup> groups, SortedMap<Long, Long> minutes, Instant countedAt, Instant nextDue) {

        /** Whether the month's numbers still hold at {@code now}, given each month's last change since they were. */
        boolean stillTrue(Instant now, Map<YearMonth, Instant> lastChange, YearMonth month) {
            Instant settledBefore = countedAt.minus(SETTLING);
            Instant changed = lastChange.get(month);
            return (nextDue == null || now.isBefore(nextDue)) && (changed == null || changed.isBefore(settledBefore));
        }
    }

    /** The groups and first-contact minutes of a monthly period; {@code kept} of its months came from memory. */
    record Read(List<CohortGroup> groups, SortedMap<Long, Long> minutes, int kept, int counted) {
    }

    /** The cohort groups and first-contact minutes of {@code period} (monthly buckets), for all campaigns or one. */
    Read read(Period period, Long campaignId, Instant now) {
        if (period.weekly()) {
            throw new IllegalArgumentException("Only periods counted by month keep months: " + period);
        }
        Instant end = period.end();
        // nothing was handed over before the first hand-over (a scorecard's "all time" starts in 1970)
        Instant firstHandOver = queries.firstHandOver();
        if (firstHandOver == null || !firstHandOver.isBefore(end)) {
            return new Read(List.of(), new TreeMap<>(), 0, 0);
        }
        YearMonth firstMonth = YearMonth.from(firstHandOver.atZone(ZoneOffset.UTC));
        Instant start = period.start().isBefore(startOf(firstMonth)) ? startOf(firstMonth) : period.start();
        YearMonth first = YearMonth.from(start.atZone(ZoneOffset.UTC));
        if (!start.equals(startOf(first))) {
            first = first.plusMonths(1);
        }
        YearMonth last = YearMonth.from(period.to());
        if (!period.to().equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        // only months that are whole in the period and over (with their settling time) are kept
        while (!last.isBefore(first) && startOf(last.plusMonths(1)).isAfter(now.minus(SETTLING))) {
            last = last.minusMonths(1);
        }
        List<CohortGroup> groups = new ArrayList<>();
        SortedMap<Long, Long> minutes = new TreeMap<>();
        if (last.isBefore(first)) {
            readRange(start, end, campaignId, now, groups, minutes);
            return new Read(groups, minutes, 0, 0);
        }
        readRange(start, startOf(first), campaignId, now, groups, minutes);
        readRange(startOf(last.plusMonths(1)), end, campaignId, now, groups, minutes);

        Map<YearMonth, Month> known = new LinkedHashMap<>();
        Instant oldest = null;
        synchronized (kept) {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                Month month = kept.get(new Key(m, campaignId));
                if (month != null) {
                    known.put(m, month);
                    oldest = oldest == null || month.countedAt().isBefore(oldest) ? month.countedAt() : oldest;
                }
            }
        }
        Map<YearMonth, Instant> changes = oldest == null ? Map.of() : queries.changesSince(oldest.minus(SETTLING));
        int fromMemory = 0;
        int counted = 0;
        YearMonth runStart = null;
        for (YearMonth m = first; !m.isAfter(last.plusMonths(1)); m = m.plusMonths(1)) {
            boolean pastEnd = m.isAfter(last);
            Month month = pastEnd ? null : known.get(m);
            boolean usable = month != null && month.stillTrue(now, changes, m);
            if (usable || pastEnd) {
                if (runStart != null) {
                    counted += count(runStart, m, campaignId, now, groups, minutes);
                    runStart = null;
                }
                if (usable) {
                    groups.addAll(month.groups());
                    month.minutes().forEach((k, v) -> minutes.merge(k, v, Long::sum));
                    fromMemory++;
                    // nothing changed up to now: the next check need only look from here
                    synchronized (kept) {
                        kept.put(new Key(m, campaignId), new Month(month.groups(), month.minutes(), now,
                                month.nextDue()));
                    }
                }
            } else if (runStart == null) {
                runStart = m;
            }
        }
        return new Read(groups, minutes, fromMemory, counted);
    }

    /** Counts the months {@code [from, to)} in one read each of groups and minutes, and keeps them. */
    private int count(YearMonth from, YearMonth to, Long campaignId, Instant now, List<CohortGroup> groups,
            SortedMap<Long, Long> minutes) {
        // the first-contact minutes on another connection while this thread reads the groups (as the dashboard's
        // other parts do)
        var minutesRead = parallel.supply(() -> queries.contactMinutesByMonth(startOf(from), startOf(to), campaignId));
        Groups read = queries.cohortGroups(startOf(from), startOf(to), false, campaignId, now, true);
        Map<YearMonth, SortedMap<Long, Long>> minutesByMonth = ParallelQueries.join(minutesRead);
        Map<YearMonth, List<CohortGroup>> byMonth = new LinkedHashMap<>();
        for (CohortGroup g : read.groups()) {
            byMonth.computeIfAbsent(YearMonth.from(g.bucket()), k -> new ArrayList<>()).add(g);
        }
        int n = 0;
        synchronized (kept) {
            for (YearMonth m = from; m.isBefore(to); m = m.plusMonths(1)) {
                List<CohortGroup> monthGroups = List.copyOf(byMonth.getOrDefault(m, List.of()));
                SortedMap<Long, Long> monthMinutes = minutesByMonth.getOrDefault(m, new TreeMap<>());
                kept.put(new Key(m, campaignId), new Month(monthGroups, monthMinutes, now,
                        read.nextDue().get(m.atDay(1))));
                n++;
            }
        }
        groups.addAll(read.groups());
        minutesByMonth.values().forEach(mm -> mm.forEach((k, v) -> minutes.merge(k, v, Long::sum)));
        return n;
    }

    private void readRange(Instant from, Instant to, Long campaignId, Instant now, List<CohortGroup> groups,
            SortedMap<Long, Long> minutes) {
        if (!from.isBefore(to)) {
            return;
        }
        var minutesRead = parallel.supply(() -> queries.contactMinutes(from, to, campaignId));
        groups.addAll(queries.cohortGroups(from, to, false, campaignId, now, false).groups());
        ParallelQueries.join(minutesRead).forEach((k, v) -> minutes.merge(k, v, Long::sum));
    }

    /**
     * Counts the last year's months in the background once the app is up, so that the first person to open the
     * year's dashboard does not wait for them (at 1M leads, about a second of the database's time).
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void countLastYear() {
        Thread.ofPlatform().daemon().name("insight-count-ahead").start(() -> {
            Instant now = clock.instant();
            try {
                read(Period.lastDays(365, java.time.LocalDate.ofInstant(now, ZoneOffset.UTC)), null, now);
            } catch (RuntimeException e) {
                log.info("Could not count the last year's lead numbers ahead: {}", e.toString());
            }
        });
    }

    /** Forgets every month kept (tests and benchmarks: the next dashboard counts them all). */
    public void forget() {
        synchronized (kept) {
            kept.clear();
        }
    }

    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    private static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
