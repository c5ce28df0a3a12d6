package io.tandem.collateral;

import io.tandem.base.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person asked to review an asset; their team is kept as it was when they were asked. */
@Entity
@Table(name = "collateral_reviewer")
class Reviewer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asset_id", nullable = false)
    private Long assetId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "person_name", nullable = false, length = 120)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Team team;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected Reviewer() {
    }

    Reviewer(Long assetId, Long personId, String personName, Team team, Instant now) {
        this.assetId = assetId;
        this.personId = personId;
        this.personName = personName;
        this.team = team;
        this.assignedAt = now;
    }

    Long getAssetId() {
        return assetId;
    }

    Long getPersonId() {
        return personId;
    }

    String getPersonName() {
        return personName;
    }

    Team getTeam() {
        return team;
    }
}
