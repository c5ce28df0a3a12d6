package io.tandem.insight;

import io.tandem.insight.Cohort.CohortGroup;
import io.tandem.insight.InsightQueries.Groups;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The lead numbers of whole past weeks and months, kept between dashboards (docs/decisions/0025, 0027). A dashboard
 * of a year at a million leads read ~700k index entries twice (the cohort and the first-contact times) for every
 * view, 90 days about a quarter of that; past weeks and months hardly change, so their groups are kept and only
 * what changed is read again:
 * <ul>
 *   <li>a bucket in which a lead changed since its numbers were counted (every change to a lead sets its
 *   {@code updated_at}; {@link InsightQueries#changesSince} reads only the recent ones), including the bucket a
 *   nurtured lead handed over again has left (the lead keeps its previous hand-over);</li>
 *   <li>a bucket in which an uncontacted lead's SLA has run out since (its "overdue" depends on now, not on a
 *   write: each bucket knows when its next one runs out).</li>
 * </ul>
 * Periods of up to 92 days are counted by week (Monday first), longer ones by month ({@link Period#weekly}). The
 * partial buckets at the edges of the period and the current one are always read. Changes committed within
 * {@link #SETTLING} before a bucket was counted count as after it, so a transaction still open while the bucket
 * was read cannot be missed. Each node keeps its own buckets; the checks ask the shared database, so nodes agree.
 */
@Component
public class CohortBuckets {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CohortBuckets.class);

    /** How long before a count a change still makes the bucket be read again; longer than any transaction. */
    static final Duration SETTLING = Duration.ofMinutes(2);
    /**
     * Buckets kept, least recently used dropped first (an empty one costs a few bytes; a busy one holds a group per
     * campaign, owner, reject reason, stage and SLA state that occurs in it, and a count per minute to contact).
     */
    static final int MAX_BUCKETS = 5_000;

    private final InsightQueries queries;
    private final ParallelQueries parallel;
    private final java.time.Clock clock;
    private final Map<Key, Bucket> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Bucket> eldest) {
            return size() > MAX_BUCKETS;
        }
    };

    /** The gauge of what the kept buckets hold: their cohort groups and first-contact minute counts. */
    public static final String KEPT_GROUPS = "tandem.insights.kept.groups";

    CohortBuckets(InsightQueries queries, ParallelQueries parallel, java.time.Clock clock,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.queries = queries;
        this.parallel = parallel;
        this.clock = clock;
        io.micrometer.core.instrument.Gauge.builder(KEPT_GROUPS, this, CohortBuckets::keptGroups)
                .description("Lead cohort groups the insights keep for whole past weeks and months").register(meters);
    }

    private double keptGroups() {
        synchronized (kept) {
            return kept.values().stream().mapToLong(b -> b.groups().size() + b.minutes().size()).sum();
        }
    }

    /** A week (its Monday) or a month (its first day), for all campaigns ({@code campaignId} null) or one. */
    private record Key(LocalDate start, boolean weekly, Long campaignId) {
    }

    /** One bucket's groups and first-contact minutes, counted at {@code countedAt}. */
    private record Bucket(List<CohortGroup> groups, SortedMap<Long, Long> minutes, Instant countedAt,
            Instant nextDue) {

        /**
         * Whether the bucket's numbers still hold at {@code now}, given the last change since they were counted per
         * day of hand-over.
         */
        boolean stillTrue(Instant now, Map<LocalDate, Instant> lastChange, LocalDate start, LocalDate end) {
            if (nextDue != null && !now.isBefore(nextDue)) {
                return false;
            }
            Instant settledBefore = countedAt.minus(SETTLING);
            for (Map.Entry<LocalDate, Instant> change : lastChange.entrySet()) {
                LocalDate day = change.getKey();
                if (!day.isBefore(start) && day.isBefore(end) && !change.getValue().isBefore(settledBefore)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The groups and first-contact minutes of a period; {@code kept} of its buckets came from memory. */
    record Read(List<CohortGroup> groups, SortedMap<Long, Long> minutes, int kept, int counted) {
    }

    /** The cohort groups and first-contact minutes of {@code period} (in its buckets), for all campaigns or one. */
    Read read(Period period, Long campaignId, Instant now) {
        boolean weekly = period.weekly();
        Instant end = period.end();
        // nothing was handed over before the first hand-over (a scorecard's "all time" starts in 1970)
        Instant firstHandOver = queries.firstHandOver();
        if (firstHandOver == null || !firstHandOver.isBefore(end)) {
            return new Read(List.of(), new TreeMap<>(), 0, 0);
        }
        LocalDate firstBucket = period.bucketOf(LocalDate.ofInstant(firstHandOver, ZoneOffset.UTC));
        Instant start = period.start().isBefore(startOf(firstBucket)) ? startOf(firstBucket) : period.start();
        // the whole buckets of the period that are over (with their settling time) are kept
        LocalDate first = period.bucketOf(LocalDate.ofInstant(start, ZoneOffset.UTC));
        if (startOf(first).isBefore(start)) {
            first = next(first, weekly);
        }
        LocalDate last = period.bucketOf(period.to());
        while (!last.isBefore(first) && (startOf(next(last, weekly)).isAfter(end)
                || startOf(next(last, weekly)).isAfter(now.minus(SETTLING)))) {
            last = previous(last, weekly);
        }
        List<CohortGroup> groups = new ArrayList<>();
        SortedMap<Long, Long> minutes = new TreeMap<>();
        if (last.isBefore(first)) {
            readRange(start, end, weekly, campaignId, now, groups, minutes);
            return new Read(groups, minutes, 0, 0);
        }
        LocalDate afterLast = next(last, weekly);
        readRange(start, startOf(first), weekly, campaignId, now, groups, minutes);
        readRange(startOf(afterLast), end, weekly, campaignId, now, groups, minutes);

        Map<LocalDate, Bucket> known = new LinkedHashMap<>();
        Instant oldest = null;
        synchronized (kept) {
            for (LocalDate b = first; b.isBefore(afterLast); b = next(b, weekly)) {
                Bucket bucket = kept.get(new Key(b, weekly, campaignId));
                if (bucket != null) {
                    known.put(b, bucket);
                    oldest = oldest == null || bucket.countedAt().isBefore(oldest) ? bucket.countedAt() : oldest;
                }
            }
        }
        Map<LocalDate, Instant> changes = oldest == null ? Map.of() : queries.changesSince(oldest.minus(SETTLING));
        int fromMemory = 0;
        int counted = 0;
        LocalDate runStart = null;
        for (LocalDate b = first; !b.isAfter(afterLast); b = next(b, weekly)) {
            boolean pastEnd = b.equals(afterLast);
            Bucket bucket = pastEnd ? null : known.get(b);
            boolean usable = bucket != null && bucket.stillTrue(now, changes, b, next(b, weekly));
            if (usable || pastEnd) {
                if (runStart != null) {
                    counted += count(runStart, b, weekly, campaignId, now, groups, minutes);
                    runStart = null;
                }
                if (usable) {
                    groups.addAll(bucket.groups());
                    bucket.minutes().forEach((k, v) -> minutes.merge(k, v, Long::sum));
                    fromMemory++;
                    // nothing changed up to now: the next check need only look from here
                    synchronized (kept) {
                        kept.put(new Key(b, weekly, campaignId), new Bucket(bucket.groups(), bucket.minutes(), now,
                                bucket.nextDue()));
                    }
                }
            } else if (runStart == null) {
                runStart = b;
            }
        }
        return new Read(groups, minutes, fromMemory, counted);
    }

    /** Counts the buckets {@code [from, to)} in one read each of groups and minutes, and keeps them. */
    private int count(LocalDate from, LocalDate to, boolean weekly, Long campaignId, Instant now,
            List<CohortGroup> groups, SortedMap<Long, Long> minutes) {
        // the first-contact minutes on another connection while this thread reads the groups (as the dashboard's
        // other parts do)
        var minutesRead = parallel.supply(
                () -> queries.contactMinutesByBucket(startOf(from), startOf(to), weekly, campaignId));
        Groups read = queries.cohortGroups(startOf(from), startOf(to), weekly, campaignId, now, true);
        Map<LocalDate, SortedMap<Long, Long>> minutesByBucket = ParallelQueries.join(minutesRead);
        Map<LocalDate, List<CohortGroup>> byBucket = new LinkedHashMap<>();
        for (CohortGroup g : read.groups()) {
            byBucket.computeIfAbsent(g.bucket(), k -> new ArrayList<>()).add(g);
        }
        int n = 0;
        synchronized (kept) {
            for (LocalDate b = from; b.isBefore(to); b = next(b, weekly)) {
                kept.put(new Key(b, weekly, campaignId), new Bucket(List.copyOf(byBucket.getOrDefault(b, List.of())),
                        minutesByBucket.getOrDefault(b, new TreeMap<>()), now, read.nextDue().get(b)));
                n++;
            }
        }
        groups.addAll(read.groups());
        minutesByBucket.values().forEach(mm -> mm.forEach((k, v) -> minutes.merge(k, v, Long::sum)));
        return n;
    }

    private void readRange(Instant from, Instant to, boolean weekly, Long campaignId, Instant now,
            List<CohortGroup> groups, SortedMap<Long, Long> minutes) {
        if (!from.isBefore(to)) {
            return;
        }
        var minutesRead = parallel.supply(() -> queries.contactMinutes(from, to, campaignId));
        groups.addAll(queries.cohortGroups(from, to, weekly, campaignId, now, false).groups());
        ParallelQueries.join(minutesRead).forEach((k, v) -> minutes.merge(k, v, Long::sum));
    }

    /**
     * Counts the buckets of the last year and of the last 90 days in the background once the app is up, so that the
     * first person to open those dashboards does not wait for them (at 1M leads, about a second of the database's
     * time).
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void countAhead() {
        Thread.ofPlatform().daemon().name("insight-count-ahead").start(() -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            try {
                read(Period.lastDays(365, today), null, now);
                read(Period.lastDays(90, today), null, now);
            } catch (RuntimeException e) {
                log.info("Could not count the lead numbers of past weeks and months ahead: {}", e.toString());
            }
        });
    }

    /** Forgets every bucket kept (tests and benchmarks: the next dashboard counts them all). */
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

    private static LocalDate next(LocalDate bucket, boolean weekly) {
        return weekly ? bucket.plusWeeks(1) : bucket.plusMonths(1);
    }

    private static LocalDate previous(LocalDate bucket, boolean weekly) {
        return weekly ? bucket.minusWeeks(1) : bucket.minusMonths(1);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
