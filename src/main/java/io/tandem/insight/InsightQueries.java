package io.tandem.insight;

import io.tandem.base.Team;
import io.tandem.insight.Dashboard.AssetUsage;
import io.tandem.insight.Dashboard.CampaignLeads;
import io.tandem.insight.Dashboard.CollateralNumbers;
import io.tandem.insight.Dashboard.Count;
import io.tandem.insight.Dashboard.Hours;
import io.tandem.insight.Dashboard.OwnerFollowUp;
import io.tandem.insight.Dashboard.PlanningNumbers;
import io.tandem.insight.Dashboard.TrendPoint;
import io.tandem.lead.RejectReason;
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

    /** The outcome sums over a cohort of leads, shared by every lead query so the definitions cannot drift. */
    private static final String LEAD_SUMS = """
            COUNT(*) AS handed,
            COALESCE(SUM(l.stage IN ('ACCEPTED','WORKING','WON') OR (l.stage = 'LOST' AND l.reject_reason IS NULL)), 0) AS accepted,
            COALESCE(SUM(l.stage = 'LOST' AND l.reject_reason IS NOT NULL), 0) AS rejected,
            COALESCE(SUM(l.stage = 'NURTURE'), 0) AS recycled,
            COALESCE(SUM(l.stage = 'MQL'), 0) AS waiting,
            COALESCE(SUM(l.stage = 'WON'), 0) AS won,
            COALESCE(SUM(l.stage IN ('ACCEPTED','WORKING')), 0) AS pipeline,
            COALESCE(SUM(l.first_contact_at IS NOT NULL AND l.first_contact_at <= l.sla_due_at), 0) AS within_sla,
            COALESCE(SUM(l.first_contact_at IS NOT NULL OR l.sla_due_at <= :now), 0) AS sla_decided
            """;

    private final NamedParameterJdbcTemplate jdbc;

    InsightQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource params(Period period, Long campaignId, Instant now) {
        return new MapSqlParameterSource()
                .addValue("from", utc(period.start()))
                .addValue("to", utc(period.end()))
                .addValue("now", utc(now))
                .addValue("campaign", campaignId);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String campaignFilter(Long campaignId, String alias) {
        return campaignId == null ? "" : " AND " + alias + ".campaign_id = :campaign";
    }

    private static LeadCounts leadCounts(ResultSet rs) throws SQLException {
        return new LeadCounts(rs.getLong("handed"), rs.getLong("accepted"), rs.getLong("rejected"),
                rs.getLong("recycled"), rs.getLong("waiting"), rs.getLong("won"), rs.getLong("pipeline"),
                rs.getLong("within_sla"), rs.getLong("sla_decided"));
    }

    // --- leads ------------------------------------------------------------------------------------------------

    LeadCounts leads(Period period, Long campaignId, Instant now) {
        return jdbc.queryForObject("SELECT " + LEAD_SUMS + " FROM lead_item l WHERE " + COHORT
                + campaignFilter(campaignId, "l"), params(period, campaignId, now), (rs, i) -> leadCounts(rs));
    }

    Hours timeToFirstContact(Period period, Long campaignId) {
        String sql = """
                SELECT DISTINCT
                  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY t.secs) OVER () AS p50,
                  PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY t.secs) OVER () AS p90,
                  COUNT(*) OVER () AS n
                FROM (SELECT TIMESTAMPDIFF(SECOND, l.handed_over_at, l.first_contact_at) AS secs
                      FROM lead_item l WHERE %s AND l.first_contact_at IS NOT NULL%s) t
                """.formatted(COHORT, campaignFilter(campaignId, "l"));
        return hours(sql, params(period, campaignId, Instant.EPOCH));
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

    List<Count> rejectReasons(Period period, Long campaignId) {
        String sql = "SELECT l.reject_reason AS reason, COUNT(*) AS n FROM lead_item l WHERE " + COHORT
                + " AND l.stage = 'LOST' AND l.reject_reason IS NOT NULL" + campaignFilter(campaignId, "l")
                + " GROUP BY l.reject_reason ORDER BY n DESC, l.reject_reason";
        return jdbc.query(sql, params(period, campaignId, Instant.EPOCH), (rs, i) -> new Count(
                reasonLabel(rs.getString("reason")), rs.getLong("n")));
    }

    private static String reasonLabel(String code) {
        try {
            return RejectReason.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    List<CampaignLeads> byCampaign(Period period, Long campaignId, Instant now) {
        String sql = "SELECT l.campaign_id AS campaign_id, c.name AS campaign, " + LEAD_SUMS
                + " FROM lead_item l LEFT JOIN campaign c ON c.id = l.campaign_id WHERE " + COHORT
                + campaignFilter(campaignId, "l") + " GROUP BY l.campaign_id, c.name ORDER BY handed DESC, c.name";
        return jdbc.query(sql, params(period, campaignId, now), (rs, i) -> new CampaignLeads(
                (Long) rs.getObject("campaign_id", Long.class),
                rs.getString("campaign") == null ? "No campaign" : rs.getString("campaign"), leadCounts(rs)));
    }

    /** Hand-overs per week or month; buckets without hand-overs are filled with zeros. */
    List<TrendPoint> trend(Period period, Long campaignId, Instant now) {
        String bucket = period.weekly()
                ? "DATE(l.handed_over_at) - INTERVAL WEEKDAY(l.handed_over_at) DAY"
                : "DATE(DATE_FORMAT(l.handed_over_at, '%Y-%m-01'))";
        String sql = "SELECT " + bucket + " AS bucket, " + LEAD_SUMS + " FROM lead_item l WHERE " + COHORT
                + campaignFilter(campaignId, "l") + " GROUP BY bucket";
        Map<LocalDate, TrendPoint> found = new HashMap<>();
        jdbc.query(sql, params(period, campaignId, now), rs -> {
            LocalDate b = rs.getObject("bucket", LocalDate.class);
            found.put(b, new TrendPoint(b, rs.getLong("handed"), rs.getLong("accepted"), rs.getLong("within_sla"),
                    rs.getLong("sla_decided")));
        });
        List<TrendPoint> points = new ArrayList<>();
        for (LocalDate b : period.buckets()) {
            points.add(found.getOrDefault(b, new TrendPoint(b, 0, 0, 0, 0)));
        }
        return points;
    }

    List<OwnerFollowUp> byOwner(Period period, Long campaignId, Instant now) {
        String sql = "SELECT p.id AS person_id, p.full_name AS person, " + LEAD_SUMS
                + " FROM lead_item l JOIN person p ON p.id = l.owner_id WHERE " + COHORT
                + campaignFilter(campaignId, "l") + " GROUP BY p.id, p.full_name ORDER BY handed DESC, p.full_name";
        return jdbc.query(sql, params(period, campaignId, now), (rs, i) -> new OwnerFollowUp(
                rs.getLong("person_id"), rs.getString("person"), rs.getLong("handed"), rs.getLong("within_sla"),
                rs.getLong("sla_decided"), rs.getLong("won")));
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
        Map<String, Object> votes = jdbc.queryForMap("""
                SELECT COALESCE(SUM(u.helpful = TRUE), 0) AS yes, COALESCE(SUM(u.helpful IS NOT NULL), 0) AS votes
                FROM collateral_use u JOIN collateral_asset a ON a.id = u.asset_id
                WHERE u.used_at >= :from AND u.used_at < :to""" + assetFilter, p);
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
                SELECT a.id, a.title, COUNT(*) AS uses, COALESCE(SUM(u.helpful = TRUE), 0) AS yes,
                  COALESCE(SUM(u.helpful IS NOT NULL), 0) AS votes
                FROM collateral_use u JOIN collateral_asset a ON a.id = u.asset_id
                WHERE u.used_at >= :from AND u.used_at < :to""" + assetFilter
                + " GROUP BY a.id, a.title ORDER BY uses DESC, a.title LIMIT 5", p, InsightQueries::assetUsage);
        List<AssetUsage> least = jdbc.query("""
                SELECT a.id, a.title, (SELECT COUNT(*) FROM collateral_use u WHERE u.asset_id = a.id
                    AND u.used_at >= :since AND u.used_at < :to) AS uses, 0 AS yes, 0 AS votes
                FROM collateral_asset a WHERE a.state = 'PUBLISHED'""" + assetFilter
                + " ORDER BY uses ASC, a.published_at ASC, a.title LIMIT 5", p, InsightQueries::assetUsage);
        List<Count> byTeam = jdbc.query("""
                SELECT p.team AS team, COUNT(*) AS n FROM collateral_use u
                JOIN collateral_asset a ON a.id = u.asset_id JOIN person p ON p.id = u.person_id
                WHERE u.used_at >= :from AND u.used_at < :to""" + assetFilter
                + " GROUP BY p.team ORDER BY p.team", p, (rs, i) -> new Count(
                Team.valueOf(rs.getString("team")).label(), rs.getLong("n")));
        return new CollateralNumbers(number(usage.get("published")), number(usage.get("used")),
                number(votes.get("yes")), number(votes.get("votes")), cycle, overdue == null ? 0 : overdue,
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
