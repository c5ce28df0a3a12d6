package io.tandem.lead;

import java.time.Instant;

/** A triage meeting as the board shows it; {@code endedAt} is null while it runs. */
public record MeetingView(Long id, Long facilitatorId, String facilitatorName, Instant startedAt, Instant endedAt) {
}
