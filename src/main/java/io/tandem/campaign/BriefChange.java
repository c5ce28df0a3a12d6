package io.tandem.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One line of brief history: a burst of edits by one person to one field, old → new. */
@Entity
@Table(name = "campaign_brief_change")
class BriefChange {

    /** Edits by the same person to the same field closer together than this are one change. */
    static final Duration BURST = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private BriefField field;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Column(name = "old_value", length = 2000)
    private String oldValue;

    @Column(name = "new_value", length = 2000)
    private String newValue;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected BriefChange() {
    }

    BriefChange(Long campaignId, BriefField field, Long actorId, String actorName, String oldValue,
            String newValue, Instant now) {
        this.campaignId = campaignId;
        this.field = field;
        this.actorId = actorId;
        this.actorName = actorName;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.startedAt = now;
        this.changedAt = now;
    }

    boolean continues(Long actor, Instant now) {
        return Objects.equals(actorId, actor) && Duration.between(changedAt, now).compareTo(BURST) < 0;
    }

    /** Whether this change began at {@code value}, so a burst ending there changed nothing. */
    boolean startedFrom(String value) {
        return Objects.equals(oldValue, value);
    }

    void extend(String newValue, Instant now) {
        this.newValue = newValue;
        this.changedAt = now;
    }

    HistoryEntry toRecord() {
        return new HistoryEntry(changedAt, actorName, field.label(), oldValue, newValue, null);
    }
}
