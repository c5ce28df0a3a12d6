package io.tandem.insight;

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
import java.math.BigDecimal;
import java.time.Instant;

/** A shared target: one team lead proposes it, a team lead of the other team agrees, then it binds both teams. */
@Entity
@Table(name = "insight_target")
class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Metric metric;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal threshold;
    @Column(name = "proposed_by_id", nullable = false)
    private Long proposedById;
    @Column(name = "proposed_by_name", nullable = false, length = 120)
    private String proposedByName;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_team", nullable = false, length = 16)
    private Team proposedTeam;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "agreed_by_id")
    private Long agreedById;
    @Column(name = "agreed_by_name", length = 120)
    private String agreedByName;
    @Column(name = "agreed_at")
    private Instant agreedAt;
    @Column(name = "withdrawn_by_name", length = 120)
    private String withdrawnByName;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Version
    private long version;

    protected Target() {
    }

    Target(Metric metric, BigDecimal threshold, Long personId, String name, Team team, Instant now) {
        this.metric = metric;
        this.threshold = threshold;
        this.proposedById = personId;
        this.proposedByName = name;
        this.proposedTeam = team;
        this.proposedAt = now;
    }

    void agree(Long personId, String name, Instant now) {
        agreedById = personId;
        agreedByName = name;
        agreedAt = now;
    }

    void withdraw(String name, Instant now) {
        withdrawnByName = name;
        withdrawnAt = now;
    }

    TargetInfo.State state() {
        if (withdrawnAt != null) {
            return TargetInfo.State.WITHDRAWN;
        }
        return agreedAt == null ? TargetInfo.State.PROPOSED : TargetInfo.State.AGREED;
    }

    Long getId() { return id; }
    Metric getMetric() { return metric; }
    BigDecimal getThreshold() { return threshold; }
    Long getProposedById() { return proposedById; }
    String getProposedByName() { return proposedByName; }
    Team getProposedTeam() { return proposedTeam; }
    Instant getProposedAt() { return proposedAt; }
    String getAgreedByName() { return agreedByName; }
    Instant getAgreedAt() { return agreedAt; }
    long getVersion() { return version; }
}
