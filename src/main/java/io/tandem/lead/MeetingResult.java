package io.tandem.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored end summary of a meeting: verdicts per campaign. */
@Entity
@Table(name = "lead_meeting_result")
class MeetingResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;
    @Column(name = "campaign_id")
    private Long campaignId;
    @Column(nullable = false)
    private int accepted;
    @Column(nullable = false)
    private int rejected;
    @Column(nullable = false)
    private int recycled;

    protected MeetingResult() {
    }

    MeetingResult(Long meetingId, Long campaignId, int accepted, int rejected, int recycled) {
        this.meetingId = meetingId;
        this.campaignId = campaignId;
        this.accepted = accepted;
        this.rejected = rejected;
        this.recycled = recycled;
    }

    CampaignTally tally() {
        return new CampaignTally(campaignId, accepted, rejected, recycled);
    }
}
