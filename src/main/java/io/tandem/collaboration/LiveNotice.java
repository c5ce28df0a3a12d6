package io.tandem.collaboration;

import java.time.Instant;

/**
 * "Something changed": sent on a topic after a change has been committed, so every view looking at the topic
 * reloads what it shows from the database (the source of truth).
 *
 * @param id     unique per notice
 * @param kind   what happened, e.g. {@code person-updated}
 * @param itemId which item changed, or {@code null} when many did
 * @param actor  who made the change, for "changed by Maya" hints
 */
public record LiveNotice(String id, String kind, String itemId, String actor, Instant at) {
}
