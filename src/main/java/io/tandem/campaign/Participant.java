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
@Table(name = "campaign_participant")
@IdClass(Participant.Key.class)
class Participant {

    record Key(Long campaignId, Long personId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "campaign_id")
    private Long campaignId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Team team;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Participant() {
    }

    Participant(Long campaignId, Long personId, Team team, Instant addedAt) {
        this.campaignId = campaignId;
        this.personId = personId;
        this.team = team;
        this.addedAt = addedAt;
    }

    Long getPersonId() {
        return personId;
    }

    Long getCampaignId() {
        return campaignId;
    }

    Team getTeam() {
        return team;
    }
}
