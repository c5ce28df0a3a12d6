package io.tandem.insight;

import io.tandem.base.Team;
import io.tandem.insight.Cohort.CohortGroup;
import io.tandem.insight.Dashboard.AssetUsage;
import io.tandem.insight.Dashboard.CollateralNumbers;
import io.tandem.insight.Dashboard.Count;
import io.tandem.insight.Dashboard.Hours;
import io.tandem.insight.Dashboard.PlanningNumbers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The metrics as SQL aggregations, in one place (docs/decisions/0011): read-only queries over the tables of the
 * lead, collateral, campaign, people and activity features. Each query is one aggregation the database answers
 * from an index range (see db/changelog/insight/); nothing loops over rows in Java. Definitions: {@link Metric}.
 */
@Component
class InsightQueries {

    /** How far back "used recently" looks for the collateral usage rate. */
    static final int USAGE_WINDOW_DAYS = 90;

    private static final String COHORT = "l.handed_over_at >= :from AND l.handed_over_at < :to";

    /**
     * Where a lead stands with its follow-up SLA, as a number to group by ({@link LeadCounts#ofGroup}):
     * 0 not contacted and the SLA still running (or none), 1 not contacted and the SLA run out,
     * 2 contacted after the SLA ran out, 3 contacted within it.
     */
    private static final String CONTACT_STATE = """
            CASE WHEN l.first_contact_at IS NULL THEN (CASE WHEN l.sla_due_at <= :now THEN 1 ELSE 0 END)
                 WHEN l.first_contact_at <= l.sla_due_at THEN 3 ELSE 2 END""";

    private final NamedParameterJdbcTemplate jdbc;

    InsightQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource params(Period period, Long campaignId, Instant now) {
        return params(period.start(), period.end(), campaignId, now);
    }

    private static MapSqlParameterSource params(Instant from, Instant to, Long campaignId, Instant now) {
        return new MapSqlParameterSource()
                .addValue("from", utc(from))
                .addValue("to", utc(to))
                .addValue("now", utc(now))
                .addValue("campaign", campaignId);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String campaignFilter(Long campaignId, String alias) {
        return campaignId == null ? "" : " AND " + alias + ".campaign_id = :campaign";
    }

    // --- leads ------------------------------------------------------------------------------------------------

    /** The five breakdowns of {@code groups}, with the names of their campaigns and owners. */
    Cohort cohortOf(Period period, List<CohortGroup> groups) {
        return Cohort.of(period, groups, names("campaign", "name", groups.stream().map(CohortGroup::campaignId)),
                names("person", "full_name", groups.stream().map(CohortGroup::ownerId)));
    }

    /**
     * The groups of the leads handed over in {@code [from, to)}, and, with {@code withNextDue}, per bucket when the
     * first SLA still running at {@code now} among its uncontacted leads runs out (until then, the bucket's counts
     * made at {@code now} stay true; a read that keeps nothing does without that work per lead).
     */
    Groups cohortGroups(Instant from, Instant to, boolean weekly, Long campaignId, Instant now, boolean withNextDue) {
        String bucket = bucketSql(weekly);
        String sql = "SELECT " + bucket + " AS bucket, l.campaign_id, l.owner_id, l.reject_reason, l.stage, "
                + CONTACT_STATE + " AS contact, COUNT(*) AS n, "
                + (withNextDue ? "MIN(CASE WHEN l.first_contact_at IS NULL AND l.sla_due_at > :now THEN l.sla_due_at END)"
                        : "NULL") + " AS next_due FROM lead_item l WHERE " + COHORT + campaignFilter(campaignId, "l")
                + " GROUP BY bucket, l.campaign_id, l.owner_id, l.reject_reason, l.stage, contact";
        Map<LocalDate, Instant> nextDue = new HashMap<>();
        List<CohortGroup> groups = jdbc.query(sql, params(from, to, campaignId, now), (rs, i) -> {
            LocalDate start = bucketStart(weekly, rs.getInt("bucket"));
            String reason = rs.getString("reject_reason");
            Instant due = instant(rs, "next_due");
            if (due != null) {
                nextDue.merge(start, due, (x, y) -> x.isBefore(y) ? x : y);
            }
            return new CohortGroup(start, (Long) rs.getObject("campaign_id", Long.class),
                    (Long) rs.getObject("owner_id", Long.class), reason,
                    LeadCounts.ofGroup(rs.getString("stage"), reason != null, rs.getInt("contact"), rs.getLong("n")));
        });
        return new Groups(groups, nextDue);
    }

    /**
     * A lead's bucket as a number, cheap per row: a week as its number since the Monday before 1970-01-01, a month
     * as 202611 (date arithmetic or formatting per row took 25–45% longer at 1M leads).
     */
    private static String bucketSql(boolean weekly) {
        return weekly ? "(TO_DAYS(l.handed_over_at) - 719525) DIV 7" : "EXTRACT(YEAR_MONTH FROM l.handed_over_at)";
    }

    /** The first day of the bucket {@link #bucketSql} numbered {@code b}. */
    private static LocalDate bucketStart(boolean weekly, int b) {
        return weekly ? LocalDate.ofEpochDay(b * 7L - 3) : LocalDate.of(b / 100, b % 100, 1);
    }

    /**
     * Cohort groups, and per bucket when the first SLA still running among its uncontacted leads runs out (none:
     * not in the map).
     */
    record Groups(List<CohortGroup> groups, Map<LocalDate, Instant> nextDue) {
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** When the first lead was handed over ({@code null}: none yet); the cohort index answers it at once. */
    Instant firstHandOver() {
        LocalDateTime first = jdbc.getJdbcTemplate().queryForObject("SELECT MIN(handed_over_at) FROM lead_item",
                LocalDateTime.class);
        return first == null ? null : first.toInstant(ZoneOffset.UTC);
    }

    /**
     * Since {@code since}, per day: the last change to a lead handed over on it, or to a lead that was handed over
     * on it before a nurture and has been handed over again since (it left that day's week and month). Reads only
     * the leads changed since then ({@code ix_insight_lead_changes}).
     */
    Map<LocalDate, Instant> changesSince(Instant since) {
        Map<LocalDate, Instant> last = new HashMap<>();
        jdbc.query("SELECT DATE(l.handed_over_at) AS d, DATE(l.previous_handed_over_at) AS before_d,"
                        + " MAX(l.updated_at) AS last_change FROM lead_item l"
                        + " WHERE l.updated_at >= :since AND l.handed_over_at IS NOT NULL GROUP BY d, before_d",
                new MapSqlParameterSource("since", utc(since)), (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    Instant at = instant(rs, "last_change");
                    last.merge(rs.getObject("d", LocalDate.class), at, (x, y) -> x.isAfter(y) ? x : y);
                    LocalDate before = rs.getObject("before_d", LocalDate.class);
                    if (before != null) {
                        last.merge(before, at, (x, y) -> x.isAfter(y) ? x : y);
                    }
                });
        return last;
    }

    /** The name of each id in {@code ids} that {@code table} holds (ids it lacks are left out). */
    private Map<Long, String> names(String table, String column, java.util.stream.Stream<Long> ids) {
        List<Long> wanted = ids.filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            jdbc.query("SELECT id, " + column + " AS name FROM " + table + " WHERE id IN (:ids)",
                    new MapSqlParameterSource("ids", wanted), rs -> {
                        names.put(rs.getLong("id"), rs.getString("name"));
                    });
        }
        return names;
    }

    /**
     * How many leads handed over in {@code [from, to)} were first contacted after how many whole minutes: the
     * database counts leads per whole minute (a few thousand groups, where a percentile window over the cohort sorted
     * every lead: 1.5–2× slower at 1M leads, DataScaleBench), and {@link #hoursOf} interpolates over those counts
     * exactly as PERCENTILE_CONT would.
     */
    SortedMap<Long, Long> contactMinutes(Instant from, Instant to, Long campaignId) {
        SortedMap<Long, Long> minutes = new TreeMap<>();
        contactMinutes(from, to, campaignId, "0", (b, m, n) -> minutes.merge(m, n, Long::sum));
        return minutes;
    }

    /**
     * How many leads handed over in {@code [from, to)} were first contacted after how many whole minutes, per bucket
     * (week or month, by its first day).
     */
    Map<LocalDate, SortedMap<Long, Long>> contactMinutesByBucket(Instant from, Instant to, boolean weekly,
            Long campaignId) {
        Map<LocalDate, SortedMap<Long, Long>> counts = new HashMap<>();
        contactMinutes(from, to, campaignId, bucketSql(weekly), (b, m, n) -> counts
                .computeIfAbsent(bucketStart(weekly, b), k -> new TreeMap<>()).merge(m, n, Long::sum));
        return counts;
    }

    private interface MinuteCount {
        void add(int bucket, long minutes, long n);
    }

    private void contactMinutes(Instant from, Instant to, Long campaignId, String bucket, MinuteCount sink) {
        String sql = "SELECT " + bucket + " AS b, TIMESTAMPDIFF(MINUTE, l.handed_over_at, l.first_contact_at) AS minutes,"
                + " COUNT(*) AS n FROM lead_item l WHERE " + COHORT + " AND l.first_contact_at IS NOT NULL"
                + campaignFilter(campaignId, "l") + " GROUP BY b, minutes";
        jdbc.query(sql, params(from, to, campaignId, Instant.EPOCH), (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            sink.add(rs.getInt("b"), rs.getLong("minutes"), rs.getLong("n"));
        });
    }

    /** Median and p90 in hours of leads counted per minute to first contact. */
    static Hours hoursOf(SortedMap<Long, Long> minutesCounted) {
        Percentiles minutes = new Percentiles();
        minutesCounted.forEach(minutes::add);
        if (minutes.count() == 0) {
            return Hours.NONE;
        }
        return new Hours(minutes.cont(0.5) / 60.0, minutes.cont(0.9) / 60.0, minutes.count());
    }

    private Hours hours(String sql, MapSqlParameterSource params) {
        List<Hours> rows = jdbc.query(sql, params, (rs, i) -> new Hours(rs.getDouble("p50") / 3600.0,
                rs.getDouble("p90") / 3600.0, rs.getLong("n")));
        return rows.isEmpty() ? Hours.NONE : rows.getFirst();
    }

    long overdueNow(Long campaignId, Instant now) {
        String sql = "SELECT COUNT(*) FROM lead_item l WHERE l.first_contact_at IS NULL AND l.sla_due_at < :now"
                + " AND l.stage IN ('MQL','ACCEPTED','WORKING')" + campaignFilter(campaignId, "l");
        Long n = jdbc.queryForObject(sql, new MapSqlParameterSource("now", utc(now)).addValue("campaign", campaignId),
                Long.class);
        return n == null ? 0 : n;
    }

    // --- collateral -------------------------------------------------------------------------------------------

    CollateralNumbers collateral(Period period, Long campaignId, LocalDate today) {
        MapSqlParameterSource p = params(period, campaignId, Instant.EPOCH)
                .addValue("since", utc(period.end().minus(java.time.Duration.ofDays(USAGE_WINDOW_DAYS))))
                .addValue("today", today);
        String assetFilter = campaignFilter(campaignId, "a");
        Map<String, Object> usage = jdbc.queryForMap("""
                SELECT COUNT(*) AS published,
                  COALESCE(SUM(EXISTS (SELECT 1 FROM collateral_use u WHERE u.asset_id = a.id
                                       AND u.used_at >= :since AND u.used_at < :to)), 0) AS used
                FROM collateral_asset a WHERE a.state = 'PUBLISHED'""" + assetFilter, p);
        // uses in the period per person first (one index range), then their teams: helpfulness and uses by team
        String useFilter = campaignId == null ? ""
                : " AND u.asset_id IN (SELECT a.id FROM collateral_asset a WHERE a.campaign_id = :campaign)";
        long[] votes = new long[2];
        List<Count> byTeam = new ArrayList<>();
        jdbc.query("""
                SELECT p.team AS team, SUM(t.uses) AS uses, SUM(t.yes) AS yes, SUM(t.votes) AS votes
                FROM (SELECT u.person_id, COUNT(*) AS uses, COALESCE(SUM(u.helpful = TRUE), 0) AS yes,
                        COALESCE(SUM(u.helpful IS NOT NULL), 0) AS votes
                      FROM collateral_use u WHERE u.used_at >= :from AND u.used_at < :to""" + useFilter + """
                 GROUP BY u.person_id) t
                JOIN person p ON p.id = t.person_id GROUP BY p.team ORDER BY p.team""", p,
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    byTeam.add(new Count(Team.valueOf(rs.getString("team")).label(), rs.getLong("uses")));
                    votes[0] += rs.getLong("yes");
                    votes[1] += rs.getLong("votes");
                });
        Hours cycle = hours("""
                SELECT DISTINCT
                  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY t.secs) OVER () AS p50,
                  PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY t.secs) OVER () AS p90,
                  COUNT(*) OVER () AS n
                FROM (SELECT TIMESTAMPDIFF(SECOND, (
                        SELECT MIN(s.occurred_at) FROM activity_entry s
                        WHERE s.item_type = 'asset' AND s.item_id = e.item_id AND s.action = 'submitted'
                          AND s.occurred_at <= e.occurred_at
                          AND s.occurred_at > COALESCE((SELECT MAX(q.occurred_at) FROM activity_entry q
                                WHERE q.item_type = 'asset' AND q.item_id = e.item_id AND q.action = 'state-approved'
                                  AND q.occurred_at < e.occurred_at), '1970-01-01')), e.occurred_at) AS secs
                      FROM activity_entry e
                      WHERE e.item_type = 'asset' AND e.action = 'state-approved'
                        AND e.occurred_at >= :from AND e.occurred_at < :to%s) t
                WHERE t.secs IS NOT NULL
                """.formatted(campaignId == null ? ""
                : " AND CAST(e.item_id AS UNSIGNED) IN (SELECT a.id FROM collateral_asset a WHERE a.campaign_id = :campaign)"),
                p);
        Long overdue = jdbc.queryForObject("SELECT COUNT(*) FROM collateral_asset a WHERE a.state = 'IN_REVIEW'"
                + " AND a.due_date < :today" + assetFilter, p, Long.class);
        Long open = jdbc.queryForObject("SELECT COUNT(*) FROM collateral_request r WHERE r.status = 'OPEN'", p,
                Long.class);
        List<AssetUsage> most = jdbc.query("""
                SELECT a.id, a.title, t.uses, t.yes, t.votes
                FROM (SELECT u.asset_id, COUNT(*) AS uses, COALESCE(SUM(u.helpful = TRUE), 0) AS yes,
                        COALESCE(SUM(u.helpful IS NOT NULL), 0) AS votes
                      FROM collateral_use u WHERE u.used_at >= :from AND u.used_at < :to""" + useFilter + """
                 GROUP BY u.asset_id) t
                JOIN collateral_asset a ON a.id = t.asset_id
                ORDER BY t.uses DESC, a.title LIMIT 5""", p, InsightQueries::assetUsage);
        List<AssetUsage> least = jdbc.query("""
                SELECT a.id, a.title, (SELECT COUNT(*) FROM collateral_use u WHERE u.asset_id = a.id
                    AND u.used_at >= :since AND u.used_at < :to) AS uses, 0 AS yes, 0 AS votes
                FROM collateral_asset a WHERE a.state = 'PUBLISHED'""" + assetFilter
                + " ORDER BY uses ASC, a.published_at ASC, a.title LIMIT 5", p, InsightQueries::assetUsage);
        return new CollateralNumbers(number(usage.get("published")), number(usage.get("used")),
                votes[0], votes[1], cycle, overdue == null ? 0 : overdue,
                open == null ? 0 : open, most, least, byTeam);
    }

    private static AssetUsage assetUsage(ResultSet rs, int i) throws SQLException {
        return new AssetUsage(rs.getLong("id"), rs.getString("title"), rs.getLong("uses"), rs.getLong("yes"),
                rs.getLong("votes"));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    // --- campaign planning ------------------------------------------------------------------------------------

    PlanningNumbers planning(Period period) {
        String sales = signedBy("SALES");
        String marketing = signedBy("MARKETING");
        String input = """
                EXISTS (SELECT 1 FROM campaign_input i WHERE i.campaign_id = CAST(e.item_id AS UNSIGNED) AND i.author_team = 'SALES'
                        AND i.created_at <= e.occurred_at)""";
        String sql = """
                SELECT COUNT(*) AS activated,
                  COALESCE(SUM(%1$s), 0) AS with_input,
                  COALESCE(SUM(%2$s AND %3$s), 0) AS signed,
                  COALESCE(SUM(%1$s AND %2$s AND %3$s), 0) AS planned
                FROM activity_entry e
                WHERE e.item_type = 'campaign' AND e.action = 'active' AND e.occurred_at >= :from AND e.occurred_at < :to
                """.formatted(input, sales, marketing);
        return jdbc.queryForObject(sql, params(period, null, Instant.EPOCH), (rs, i) -> new PlanningNumbers(
                rs.getLong("activated"), rs.getLong("with_input"), rs.getLong("signed"), rs.getLong("planned")));
    }

    private static String signedBy(String team) {
        return """
                EXISTS (SELECT 1 FROM activity_entry s JOIN person sp ON sp.id = s.actor_id
                        WHERE s.item_type = 'campaign' AND s.item_id = e.item_id AND s.action = 'signed'
                          AND sp.team = '%s' AND s.occurred_at <= e.occurred_at)""".formatted(team);
    }
}
