package io.tandem.activity;

import java.time.Instant;

/** A notification as its recipient sees it in the bell. */
public record InAppNotification(Long id, Instant createdAt, String actorName, String title, String link,
        boolean read) {
}
