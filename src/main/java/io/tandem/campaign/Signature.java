package io.tandem.campaign;

import io.tandem.base.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "campaign_signature")
@IdClass(Signature.Key.class)
class Signature {

    record Key(Long campaignId, Team team) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "campaign_id")
    private Long campaignId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Team team;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "person_name", nullable = false, length = 120)
    private String personName;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected Signature() {
    }

    Signature(Long campaignId, Team team, Long personId, String personName, Instant signedAt) {
        this.campaignId = campaignId;
        this.team = team;
        this.personId = personId;
        this.personName = personName;
        this.signedAt = signedAt;
    }

    SignOff.TeamSignature toRecord() {
        return new SignOff.TeamSignature(team, personId, personName, signedAt);
    }

    Long getCampaignId() {
        return campaignId;
    }

    Team getTeam() {
        return team;
    }

    String getPersonName() {
        return personName;
    }
}
