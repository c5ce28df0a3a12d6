package io.tandem.lead;

import io.tandem.campaign.CampaignService;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback to marketing: the verdicts sales gave on a campaign's leads, counted in MariaDB (a handful of grouped
 * queries on the campaign index, never all leads in Java). Everyone signed in may read it: both teams see the
 * same numbers.
 */
@Service
@Transactional(readOnly = true)
public class LeadFeedbackService {

    static final int LATEST = 30;
    private static final String VERDICT = "c.from_stage = 'MQL' AND c.to_stage IN ('ACCEPTED', 'LOST', 'NURTURE')";

    private final NamedParameterJdbcTemplate jdbc;
    private final CampaignService campaigns;

    LeadFeedbackService(NamedParameterJdbcTemplate jdbc, CampaignService campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    @PreAuthorize("isAuthenticated()")
    public LeadFeedback forCampaign(Long campaignId) {
        campaigns.ref(campaignId); // a friendly not-found for an unknown campaign
        Map<String, Long> id = Map.of("id", campaignId);
        Map<String, Object> counts = jdbc.queryForMap("SELECT COUNT(*) AS leads, "
                + "COALESCE(SUM(handed_over_at IS NOT NULL), 0) AS handed, COALESCE(SUM(stage = 'MQL'), 0) AS waiting, "
                + "COALESCE(SUM(stage = 'WON'), 0) AS won FROM lead_item WHERE campaign_id = :id", id);
        Map<LeadStage, Long> verdicts = new EnumMap<>(LeadStage.class);
        jdbc.query("SELECT c.to_stage, COUNT(*) AS n FROM lead_stage_change c JOIN lead_item l ON l.id = c.lead_id "
                + "WHERE l.campaign_id = :id AND " + VERDICT + " GROUP BY c.to_stage", id,
                rs -> {
                    verdicts.put(LeadStage.valueOf(rs.getString(1)), rs.getLong(2));
                });
        Map<RejectReason, Long> reasons = new EnumMap<>(RejectReason.class);
        jdbc.query("SELECT reject_reason, COUNT(*) FROM lead_item WHERE campaign_id = :id AND stage = 'LOST' "
                + "AND reject_reason IS NOT NULL GROUP BY reject_reason ORDER BY COUNT(*) DESC", id,
                rs -> {
                    reasons.put(RejectReason.valueOf(rs.getString(1)), rs.getLong(2));
                });
        List<LeadFeedback.Verdict> latest = jdbc.query("SELECT l.id, l.name, l.company, c.to_stage, c.detail, "
                + "c.actor_name, c.changed_at, c.meeting_id FROM lead_stage_change c JOIN lead_item l "
                + "ON l.id = c.lead_id WHERE l.campaign_id = :id AND " + VERDICT
                + " ORDER BY c.changed_at DESC, c.id DESC LIMIT " + LATEST, id,
                (rs, n) -> new LeadFeedback.Verdict(rs.getLong(1), rs.getString(2), rs.getString(3),
                        LeadStage.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getObject(7, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC), rs.getObject(8) != null));
        return new LeadFeedback(campaignId, number(counts.get("leads")), number(counts.get("handed")),
                number(counts.get("waiting")), verdicts.getOrDefault(LeadStage.ACCEPTED, 0L),
                verdicts.getOrDefault(LeadStage.LOST, 0L), verdicts.getOrDefault(LeadStage.NURTURE, 0L),
                number(counts.get("won")), reasons, latest);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
