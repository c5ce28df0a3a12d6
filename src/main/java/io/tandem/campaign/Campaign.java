package io.tandem.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignStatus status = CampaignStatus.PLANNING;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(length = 2000)
    private String objective;

    @Column(length = 1000)
    private String audience;

    @Column(name = "key_messages", length = 2000)
    private String keyMessages;

    @Column(length = 500)
    private String channels;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(precision = 14, scale = 2)
    private BigDecimal budget;

    @Column(name = "success_metrics", length = 2000)
    private String successMetrics;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(String name, Long ownerId, Instant now) {
        this.name = name;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
        this.statusChangedAt = now;
    }

    Brief brief() {
        return new Brief(name, objective, audience, keyMessages, channels, startDate, endDate, budget, successMetrics);
    }

    /** Sets one brief field; returns the previous value. */
    Object set(BriefField field, Object value, Instant now) {
        Object old = field.get(brief());
        switch (field) {
            case NAME -> name = (String) value;
            case OBJECTIVE -> objective = (String) value;
            case AUDIENCE -> audience = (String) value;
            case KEY_MESSAGES -> keyMessages = (String) value;
            case CHANNELS -> channels = (String) value;
            case START_DATE -> startDate = (LocalDate) value;
            case END_DATE -> endDate = (LocalDate) value;
            case BUDGET -> budget = (BigDecimal) value;
            case SUCCESS_METRICS -> successMetrics = (String) value;
        }
        updatedAt = now;
        return old;
    }

    void moveTo(CampaignStatus next, Instant now) {
        status = next;
        statusChangedAt = now;
        updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    CampaignStatus getStatus() {
        return status;
    }

    Long getOwnerId() {
        return ownerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    long getVersion() {
        return version;
    }

    CampaignRef ref() {
        return new CampaignRef(id, name, status);
    }
}
