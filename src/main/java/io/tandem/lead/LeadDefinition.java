package io.tandem.lead;

import io.tandem.base.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One version of the lead definition: criteria and SLA, in force once a team lead of each team signed it. */
@Entity
@Table(name = "lead_definition")
class LeadDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "version_no", nullable = false)
    private int versionNo;
    @Column(nullable = false, length = 4000)
    private String criteria;
    @Column(name = "sla_hours", nullable = false)
    private int slaHours;
    @Column(name = "proposed_by_id")
    private Long proposedById;
    @Column(name = "proposed_by_name", nullable = false, length = 120)
    private String proposedByName;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "sales_signer_id")
    private Long salesSignerId;
    @Column(name = "sales_signer_name", length = 120)
    private String salesSignerName;
    @Column(name = "sales_signed_at")
    private Instant salesSignedAt;
    @Column(name = "marketing_signer_id")
    private Long marketingSignerId;
    @Column(name = "marketing_signer_name", length = 120)
    private String marketingSignerName;
    @Column(name = "marketing_signed_at")
    private Instant marketingSignedAt;
    @Column(name = "in_force_from")
    private Instant inForceFrom;
    @Column(name = "superseded_at")
    private Instant supersededAt;
    @Version
    private long version;

    protected LeadDefinition() {
    }

    LeadDefinition(int versionNo, List<String> criteria, int slaHours, Long proposedById, String proposedByName,
            Instant now) {
        this.versionNo = versionNo;
        this.criteria = String.join("\n", criteria);
        this.slaHours = slaHours;
        this.proposedById = proposedById;
        this.proposedByName = proposedByName;
        this.proposedAt = now;
    }

    /** Records a team's signature; returns true when this signature put the definition in force. */
    boolean sign(Team team, Long personId, String name, Instant now) {
        if (team == Team.SALES) {
            salesSignerId = personId;
            salesSignerName = name;
            salesSignedAt = now;
        } else {
            marketingSignerId = personId;
            marketingSignerName = name;
            marketingSignedAt = now;
        }
        if (salesSignedAt != null && marketingSignedAt != null && inForceFrom == null) {
            inForceFrom = now;
            return true;
        }
        return false;
    }

    boolean signedBy(Team team) {
        return team == Team.SALES ? salesSignedAt != null : marketingSignedAt != null;
    }

    void supersede(Instant now) {
        supersededAt = now;
    }

    Long getId() { return id; }
    int getVersionNo() { return versionNo; }
    int getSlaHours() { return slaHours; }
    Instant getInForceFrom() { return inForceFrom; }
    Instant getSupersededAt() { return supersededAt; }
    long getVersion() { return version; }

    List<String> criteriaList() {
        return Arrays.asList(criteria.split("\n"));
    }

    LeadDefinitionView view() {
        LeadDefinitionView.Status status = supersededAt != null ? LeadDefinitionView.Status.SUPERSEDED
                : inForceFrom != null ? LeadDefinitionView.Status.IN_FORCE : LeadDefinitionView.Status.PROPOSED;
        return new LeadDefinitionView(id, versionNo, criteriaList(), slaHours, proposedByName, proposedAt,
                salesSignerName, salesSignedAt, marketingSignerName, marketingSignedAt, inForceFrom, supersededAt,
                status, version);
    }
}
