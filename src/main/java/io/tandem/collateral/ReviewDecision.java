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

/** A reviewer's decision on one version. Every decision is kept; the latest per reviewer and version counts. */
@Entity
@Table(name = "collateral_decision")
class ReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asset_id", nullable = false)
    private Long assetId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "person_name", nullable = false, length = 120)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Team team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision decision;

    @Column(name = "comment_text", length = 1000)
    private String comment;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ReviewDecision() {
    }

    ReviewDecision(Long assetId, int versionNo, Reviewer reviewer, Decision decision, String comment, Instant now) {
        this.assetId = assetId;
        this.versionNo = versionNo;
        this.personId = reviewer.getPersonId();
        this.personName = reviewer.getPersonName();
        this.team = reviewer.getTeam();
        this.decision = decision;
        this.comment = comment;
        this.decidedAt = now;
    }

    DecisionInfo info() {
        return new DecisionInfo(id, versionNo, personId, personName, team, decision, comment, decidedAt);
    }

    Long getId() {
        return id;
    }

    int getVersionNo() {
        return versionNo;
    }

    Long getPersonId() {
        return personId;
    }

    Team getTeam() {
        return team;
    }

    Decision getDecision() {
        return decision;
    }
}
