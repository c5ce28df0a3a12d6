package io.tandem.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 300)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(Long recipientId, Instant createdAt, String actorName, String title, String link) {
        this.recipientId = recipientId;
        this.createdAt = createdAt;
        this.actorName = actorName;
        this.title = title;
        this.link = link;
    }

    InAppNotification toRecord() {
        return new InAppNotification(id, createdAt, actorName, title, link, readAt != null);
    }

    Long getRecipientId() {
        return recipientId;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
