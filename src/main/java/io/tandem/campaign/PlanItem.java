package io.tandem.campaign;

import io.tandem.base.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "plan_item")
class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "owner_id")
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Team team;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PlanItem() {
    }

    PlanItem(Long campaignId, String title, Long ownerId, Team team, LocalDate dueDate, int position, Instant now) {
        this.campaignId = campaignId;
        this.title = title;
        this.ownerId = ownerId;
        this.team = team;
        this.dueDate = dueDate;
        this.position = position;
        this.createdAt = now;
    }

    PlanTask toRecord(String ownerName) {
        return new PlanTask(id, campaignId, title, ownerId, ownerName, team, dueDate, done, position, version);
    }

    void update(String title, Long ownerId, Team team, LocalDate dueDate) {
        this.title = title;
        this.ownerId = ownerId;
        this.team = team;
        this.dueDate = dueDate;
    }

    void setDone(boolean done, Instant now) {
        this.done = done;
        this.doneAt = done ? now : null;
    }

    Long getId() {
        return id;
    }

    Long getCampaignId() {
        return campaignId;
    }

    Long getOwnerId() {
        return ownerId;
    }

    String getTitle() {
        return title;
    }

    boolean isDone() {
        return done;
    }

    long getVersion() {
        return version;
    }
}
