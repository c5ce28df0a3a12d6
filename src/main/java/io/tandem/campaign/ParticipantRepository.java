package io.tandem.campaign;

import io.tandem.base.Team;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Participant.Key> {

    List<Participant> findByCampaignId(Long campaignId);

    boolean existsByCampaignIdAndPersonId(Long campaignId, Long personId);

    @Query("select p.campaignId, count(p) from Participant p where p.campaignId in :ids and p.team = :team "
            + "group by p.campaignId")
    List<Object[]> countByTeam(Collection<Long> ids, Team team);

    @Query("select distinct p.campaignId from Participant p where p.team = :team")
    List<Long> campaignIdsWithTeam(Team team);

    @Query("select p.campaignId from Participant p where p.personId = :personId")
    List<Long> campaignIdsOf(Long personId);
}
