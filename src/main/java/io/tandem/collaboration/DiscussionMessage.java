package io.tandem.collaboration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "discussion_message")
class DiscussionMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_id", nullable = false, length = 200)
    private String topicId;

    @Column(name = "author_id", nullable = false, length = 64)
    private String authorId;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(name = "author_color", nullable = false)
    private int authorColor;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    /** Microsecond precision, for ordering and range queries. */
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    /** The exact nano-of-second: the engine matches a stored message to the one it sent by its instant. */
    @Column(name = "sent_nanos", nullable = false)
    private int sentNanos;

    protected DiscussionMessage() {
    }

    DiscussionMessage(String topicId, String authorId, String authorName, int authorColor, String text,
            Instant sentAt) {
        this.topicId = topicId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.authorColor = authorColor;
        this.text = text;
        this.sentAt = sentAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.sentNanos = sentAt.getNano();
    }

    String getAuthorId() {
        return authorId;
    }

    String getAuthorName() {
        return authorName;
    }

    int getAuthorColor() {
        return authorColor;
    }

    String getText() {
        return text;
    }

    /** The instant exactly as sent. */
    Instant getSentAt() {
        return sentAt.with(java.time.temporal.ChronoField.NANO_OF_SECOND, sentNanos);
    }
}
