package io.tandem.lead;

import io.tandem.base.DomainActivity;

/** A triage meeting started or ended: for the activity trail. */
public record LeadMeetingChanged(Long actorId, String actorName, Long meetingId, String action, String summary)
        implements DomainActivity {

    @Override
    public String itemType() {
        return "lead-meeting";
    }

    @Override
    public String itemId() {
        return String.valueOf(meetingId);
    }
}
