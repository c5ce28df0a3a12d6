package io.tandem.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A lead triage meeting: who ran it, when. Verdicts given while it ran point to it. */
@Entity
@Table(name = "lead_meeting")
class TriageMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "facilitator_id", nullable = false)
    private Long facilitatorId;
    @Column(name = "facilitator_name", nullable = false, length = 120)
    private String facilitatorName;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Version
    private long version;

    protected TriageMeeting() {
    }

    TriageMeeting(Long facilitatorId, String facilitatorName, Instant now) {
        this.facilitatorId = facilitatorId;
        this.facilitatorName = facilitatorName;
        this.startedAt = now;
    }

    void end(Instant now) {
        endedAt = now;
    }

    Long getId() { return id; }
    Long getFacilitatorId() { return facilitatorId; }
    Instant getEndedAt() { return endedAt; }

    MeetingView view() {
        return new MeetingView(id, facilitatorId, facilitatorName, startedAt, endedAt);
    }
}
