package io.tandem.campaign;

import io.tandem.base.Team;
import java.time.Instant;

/** A sales input entry or a question to sales, attributed to its author. */
public record InputEntry(Long id, Long campaignId, InputKind kind, String text, Long authorId, String authorName,
        Team authorTeam, Instant createdAt, String answer, String answeredByName, Instant answeredAt,
        long version) {

    public boolean isQuestion() {
        return kind == InputKind.QUESTION;
    }

    public boolean isOpenQuestion() {
        return isQuestion() && answeredAt == null;
    }
}
