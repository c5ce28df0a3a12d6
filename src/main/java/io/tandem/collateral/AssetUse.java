package io.tandem.collateral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** "I used this": who used a published asset, with whom (optional), and whether it helped (optional). */
@Entity
@Table(name = "collateral_use")
class AssetUse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asset_id", nullable = false)
    private Long assetId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "person_name", nullable = false, length = 120)
    private String personName;

    @Column(name = "reference_text", length = 200)
    private String reference;

    @Column
    private Boolean helpful;

    @Column(length = 500)
    private String reason;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    protected AssetUse() {
    }

    AssetUse(Long assetId, Long personId, String personName, String reference, Boolean helpful, String reason,
            Instant now) {
        this.assetId = assetId;
        this.personId = personId;
        this.personName = personName;
        this.reference = reference;
        this.helpful = helpful;
        this.reason = reason;
        this.usedAt = now;
    }

    UseInfo info() {
        return new UseInfo(id, personName, reference, helpful, reason, usedAt);
    }
}
