package io.tandem.insight;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Hand-built rows with exact timestamps, written straight into the other features' tables, so metric tests know
 * every answer in advance. Timestamps are UTC, like everything the app stores.
 */
public final class InsightData {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private final JdbcTemplate jdbc;

    public InsightData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Timestamp at(String isoLocal) {
        return Timestamp.valueOf(LocalDateTime.parse(isoLocal));
    }

    public long person(String username) {
        return jdbc.queryForObject("SELECT id FROM person WHERE username = ?", Long.class, username);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public long campaign(String name, long ownerId, String status) {
        Timestamp t = at("2001-01-01T00:00:00");
        return insert("INSERT INTO campaign (name, status, owner_id, created_at, updated_at, status_changed_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0)", name + " " + SEQ.incrementAndGet(), status, ownerId, t, t, t);
    }

    /**
     * A lead handed over at {@code handedOver} with its SLA due a day later, in {@code stage}, written now: its
     * {@code updated_at} is the time of this insert, as for any real write, so the weeks and months the insights keep
     * notice it (a past {@code updated_at} would hide it from them).
     */
    public long lead(Long campaignId, String stage, String handedOver, String firstContact, String rejectReason,
              Long ownerId) {
        Timestamp h = at(handedOver);
        Timestamp due = Timestamp.valueOf(h.toLocalDateTime().plusDays(1));
        int n = SEQ.incrementAndGet();
        return insert("INSERT INTO lead_item (name, email, campaign_id, stage, owner_id, created_at, updated_at,"
                        + " stage_changed_at, handed_over_at, sla_due_at, first_contact_at, reject_reason, recycle_count, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                "Insight lead " + n, "insight" + n + "@lead.example", campaignId, stage, ownerId, h, written(), h, h, due,
                firstContact == null ? null : at(firstContact), rejectReason, "NURTURE".equals(stage) ? 1 : 0);
    }

    private static Timestamp written() {
        return Timestamp.valueOf(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
    }

    public long asset(Long campaignId, String title, String state, long ownerId, String publishedAt, LocalDate due) {
        Timestamp t = at("2001-01-01T00:00:00");
        return insert("INSERT INTO collateral_asset (title, asset_type, campaign_id, buyer_stage, owner_id, due_date,"
                        + " state, current_version_no, created_at, updated_at, state_changed_at, published_at, version)"
                        + " VALUES (?, 'CASE_STUDY', ?, 'DECISION', ?, ?, ?, 1, ?, ?, ?, ?, 0)",
                title + " " + SEQ.incrementAndGet(), campaignId, ownerId, due, state, t, t, t,
                publishedAt == null ? null : at(publishedAt));
    }

    public void use(long assetId, long personId, String usedAt, Boolean helpful) {
        insert("INSERT INTO collateral_use (asset_id, person_id, person_name, helpful, used_at) VALUES (?, ?, 'T', ?, ?)",
                assetId, personId, helpful, at(usedAt));
    }

    public void activity(String itemType, long itemId, String action, long actorId, String occurredAt) {
        insert("INSERT INTO activity_entry (occurred_at, actor_id, actor_name, item_type, item_id, action, summary)"
                + " VALUES (?, ?, 'T', ?, ?, ?, 'test')", at(occurredAt), actorId, itemType, String.valueOf(itemId), action);
    }

    public void salesInput(long campaignId, long authorId, String createdAt) {
        insert("INSERT INTO campaign_input (campaign_id, kind, text, author_id, author_name, author_team, created_at, version)"
                + " VALUES (?, 'OBJECTION', 'Too expensive', ?, 'T', 'SALES', ?, 0)", campaignId, authorId, at(createdAt));
    }
}
