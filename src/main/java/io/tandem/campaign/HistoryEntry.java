package io.tandem.campaign;

import java.time.Instant;

/**
 * A line of a campaign's history: either a brief field change (field, old → new) or a milestone from the
 * activity trail (summary).
 */
public record HistoryEntry(Instant at, String who, String field, String oldValue, String newValue, String summary) {

    public boolean isFieldChange() {
        return field != null;
    }
}
