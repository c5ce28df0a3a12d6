package io.tandem.collateral;

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
@Table(name = "collateral_asset")
class Asset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "asset_type", nullable = false, length = 24)
    private AssetType type;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "buyer_stage", nullable = false, length = 16)
    private BuyerStage stage;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(length = 2000)
    private String description;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AssetState state = AssetState.DRAFT;

    @Column(name = "current_version_no", nullable = false)
    private int currentVersionNo;

    @Column(name = "retired_reason", length = 500)
    private String retiredReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected Asset() {
    }

    Asset(AssetForm form, Long ownerId, Instant now) {
        apply(form, now);
        this.ownerId = ownerId;
        this.createdAt = now;
        this.stateChangedAt = now;
    }

    void apply(AssetForm form, Instant now) {
        this.title = form.title().trim();
        this.type = form.type();
        this.campaignId = form.campaignId();
        this.stage = form.stage();
        this.description = form.description() == null || form.description().isBlank() ? null
                : form.description().trim();
        this.dueDate = form.dueDate();
        this.updatedAt = now;
    }

    void moveTo(AssetState next, Instant now) {
        this.state = next;
        this.stateChangedAt = now;
        this.updatedAt = now;
        if (next == AssetState.PUBLISHED) {
            this.publishedAt = now;
        }
    }

    int nextVersionNo(Instant now) {
        currentVersionNo++;
        updatedAt = now;
        return currentVersionNo;
    }

    void retire(String reason, Instant now) {
        this.retiredReason = reason;
        moveTo(AssetState.RETIRED, now);
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    AssetType getType() {
        return type;
    }

    Long getCampaignId() {
        return campaignId;
    }

    BuyerStage getStage() {
        return stage;
    }

    Long getOwnerId() {
        return ownerId;
    }

    String getDescription() {
        return description;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    AssetState getState() {
        return state;
    }

    int getCurrentVersionNo() {
        return currentVersionNo;
    }

    String getRetiredReason() {
        return retiredReason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getStateChangedAt() {
        return stateChangedAt;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    long getVersion() {
        return version;
    }
}
