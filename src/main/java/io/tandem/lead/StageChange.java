package io.tandem.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of a lead between stages, kept forever: the lead's history survives recycling. */
@Entity
@Table(name = "lead_stage_change")
class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "lead_id", nullable = false)
    private Long leadId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 16)
    private LeadStage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 16)
    private LeadStage toStage;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;
    @Column(length = 1000)
    private String detail;
    @Column(name = "meeting_id")
    private Long meetingId;

    protected StageChange() {
    }

    StageChange(Long leadId, LeadStage from, LeadStage to, Instant at, Long actorId, String actorName, String detail) {
        this.leadId = leadId;
        this.fromStage = from;
        this.toStage = to;
        this.changedAt = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.detail = detail;
    }

    StageChange inMeeting(Long meeting) {
        this.meetingId = meeting;
        return this;
    }

    LeadHistoryEntry toRecord() {
        return new LeadHistoryEntry(fromStage, toStage, changedAt, actorName, detail, meetingId != null);
    }

    Long getLeadId() { return leadId; }
}
