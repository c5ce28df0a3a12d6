package io.tandem.lead;

import java.time.Duration;

/**
 * How an import ended: how many leads were added, how many rows were skipped because a lead with the same email
 * arrived in the meantime, whether the person stopped it, and the error that ended it early ({@code null} if none).
 * Every batch counted in {@code imported} is committed; nothing else of the file is in the database.
 */
public record ImportResult(Long importId, int imported, int skippedAsDuplicates, int total, boolean stopped,
        String error, Duration took) {

    public boolean complete() {
        return !stopped && error == null;
    }
}
