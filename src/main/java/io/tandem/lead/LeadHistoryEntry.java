package io.tandem.lead;

import java.time.Instant;

/** One stage change of a lead, for its history; {@code inMeeting}: given during a triage meeting. */
public record LeadHistoryEntry(LeadStage from, LeadStage to, Instant at, String actorName, String detail,
        boolean inMeeting) {
}
