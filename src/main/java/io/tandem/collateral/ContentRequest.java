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

/** Sales asks marketing for content that does not exist yet. */
@Entity
@Table(name = "collateral_request")
class ContentRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String details;

    @Column(name = "requester_id", nullable = false)
    private Long requesterId;

    @Column(name = "requester_name", nullable = false, length = 120)
    private String requesterName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestStatus status = RequestStatus.OPEN;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    @Column(name = "asset_id")
    private Long assetId;

    @Column(name = "triaged_by_name", length = 120)
    private String triagedByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ContentRequest() {
    }

    ContentRequest(String title, String details, Long requesterId, String requesterName, Instant now) {
        this.title = title;
        this.details = details;
        this.requesterId = requesterId;
        this.requesterName = requesterName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void accept(Long assetId, String by, Instant now) {
        this.status = RequestStatus.ACCEPTED;
        this.assetId = assetId;
        this.triagedByName = by;
        this.updatedAt = now;
    }

    void decline(String reason, String by, Instant now) {
        this.status = RequestStatus.DECLINED;
        this.declineReason = reason;
        this.triagedByName = by;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    String getDetails() {
        return details;
    }

    Long getRequesterId() {
        return requesterId;
    }

    String getRequesterName() {
        return requesterName;
    }

    RequestStatus getStatus() {
        return status;
    }

    String getDeclineReason() {
        return declineReason;
    }

    Long getAssetId() {
        return assetId;
    }

    String getTriagedByName() {
        return triagedByName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
