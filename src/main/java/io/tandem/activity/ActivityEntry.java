package io.tandem.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the append-only audit trail. Never updated or deleted. */
@Entity
@Immutable
@Table(name = "activity_entry")
class ActivityEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Column(name = "item_type", nullable = false, length = 40)
    private String itemType;

    @Column(name = "item_id", nullable = false, length = 64)
    private String itemId;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(nullable = false, length = 500)
    private String summary;

    protected ActivityEntry() {
    }

    ActivityEntry(Instant occurredAt, Long actorId, String actorName, String itemType, String itemId, String action,
            String summary) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.itemType = itemType;
        this.itemId = itemId;
        this.action = action;
        this.summary = summary;
    }

    Activity toRecord() {
        return new Activity(id, occurredAt, actorId, actorName, itemType, itemId, action, summary);
    }
}
