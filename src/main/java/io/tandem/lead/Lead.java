package io.tandem.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "lead_item")
class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;
    @Column(length = 160)
    private String company;
    @Column(nullable = false, length = 254)
    private String email;
    @Column(length = 40)
    private String phone;
    @Column(name = "job_title", length = 120)
    private String jobTitle;
    @Column(name = "campaign_id")
    private Long campaignId;
    @Column(name = "source_channel", length = 60)
    private String sourceChannel;
    @Column(length = 2000)
    private String notes;
    @Column(name = "criteria_met", length = 2000)
    private String criteriaMet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LeadStage stage = LeadStage.NEW;
    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /**
     * Set by every change: the insights keep the lead numbers of past weeks and months and count one again only
     * when a lead handed over in it has a newer {@code updated_at} (docs/decisions/0025, 0027).
     */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "stage_changed_at", nullable = false)
    private Instant stageChangedAt;
    @Column(name = "handed_over_at")
    private Instant handedOverAt;
    /** A nurtured lead handed over again: when it was handed over before. */
    @Column(name = "previous_handed_over_at")
    private Instant previousHandedOverAt;
    @Column(name = "sla_due_at")
    private Instant slaDueAt;
    @Column(name = "first_contact_at")
    private Instant firstContactAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "first_contact_kind", length = 16)
    private ContactKind firstContactKind;
    @Column(name = "recycle_count", nullable = false)
    private int recycleCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason", length = 24)
    private RejectReason rejectReason;
    @Column(name = "verdict_note", length = 1000)
    private String verdictNote;
    @Column(name = "revisit_on")
    private LocalDate revisitOn;

    @Column(name = "verdict_meeting_id")
    private Long verdictMeetingId;

    @Version
    private long version;

    protected Lead() {
    }

    Lead(String name, String company, String email, String phone, String jobTitle, Long campaignId,
            String sourceChannel, String notes, Instant now) {
        this.name = name;
        this.company = company;
        this.email = email;
        this.phone = phone;
        this.jobTitle = jobTitle;
        this.campaignId = campaignId;
        this.sourceChannel = sourceChannel;
        this.notes = notes;
        this.createdAt = now;
        this.updatedAt = now;
        this.stageChangedAt = now;
    }

    void moveTo(LeadStage next, Instant now) {
        stage = next;
        stageChangedAt = now;
        updatedAt = now;
    }

    void handOver(Instant now, Instant due) {
        if (handedOverAt != null) {
            previousHandedOverAt = handedOverAt; // it leaves that week's and month's numbers (docs/decisions/0025)
        }
        handedOverAt = now;
        slaDueAt = due;
        firstContactAt = null;
        firstContactKind = null;
        rejectReason = null;
        verdictNote = null;
        revisitOn = null;
        ownerId = null;
        verdictMeetingId = null;
        moveTo(LeadStage.MQL, now);
    }

    void accept(Long owner, Instant now) {
        ownerId = owner;
        moveTo(LeadStage.ACCEPTED, now);
    }

    void reject(RejectReason reason, String note, Instant now) {
        rejectReason = reason;
        verdictNote = note;
        moveTo(LeadStage.LOST, now);
    }

    void recycle(String reason, LocalDate revisit, Instant now) {
        verdictNote = reason;
        revisitOn = revisit;
        recycleCount++;
        moveTo(LeadStage.NURTURE, now);
    }

    void assign(Long owner, Instant now) {
        ownerId = owner;
        updatedAt = now;
    }

    void logContact(ContactKind kind, Instant now) {
        if (firstContactAt == null) {
            firstContactAt = now;
            firstContactKind = kind;
        }
        updatedAt = now;
    }

    void setCriteriaMet(List<String> criteria) {
        criteriaMet = criteria.isEmpty() ? null : String.join("\n", criteria);
    }

    List<String> criteriaMet() {
        return criteriaMet == null || criteriaMet.isBlank() ? List.of() : Arrays.asList(criteriaMet.split("\n"));
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getCompany() { return company; }
    String getEmail() { return email; }
    String getPhone() { return phone; }
    String getJobTitle() { return jobTitle; }
    Long getCampaignId() { return campaignId; }
    String getSourceChannel() { return sourceChannel; }
    String getNotes() { return notes; }
    LeadStage getStage() { return stage; }
    Long getOwnerId() { return ownerId; }
    Instant getCreatedAt() { return createdAt; }
    Instant getStageChangedAt() { return stageChangedAt; }
    Instant getHandedOverAt() { return handedOverAt; }
    Instant getSlaDueAt() { return slaDueAt; }
    Instant getFirstContactAt() { return firstContactAt; }
    ContactKind getFirstContactKind() { return firstContactKind; }
    int getRecycleCount() { return recycleCount; }
    RejectReason getRejectReason() { return rejectReason; }
    String getVerdictNote() { return verdictNote; }
    LocalDate getRevisitOn() { return revisitOn; }
    long getVersion() { return version; }
    Long getVerdictMeetingId() { return verdictMeetingId; }

    void verdictInMeeting(Long meetingId) {
        verdictMeetingId = meetingId;
    }
}
