package io.tandem.activity;

import java.time.Instant;

/** A line of the activity trail: who did what to which item when. */
public record Activity(Long id, Instant occurredAt, Long actorId, String actorName, String itemType, String itemId,
        String action, String summary) {
}
