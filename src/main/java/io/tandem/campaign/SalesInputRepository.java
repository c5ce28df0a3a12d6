package io.tandem.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SalesInputRepository extends JpaRepository<SalesInput, Long> {

    List<SalesInput> findByCampaignIdOrderByCreatedAtAscIdAsc(Long campaignId);

    @Query("select i.campaignId, count(i) from SalesInput i where i.campaignId in :ids "
            + "and i.kind = io.tandem.campaign.InputKind.QUESTION and i.answeredAt is null group by i.campaignId")
    List<Object[]> countOpenQuestions(Collection<Long> ids);

    @Query("select count(i) > 0 from SalesInput i where i.campaignId = :id "
            + "and i.kind <> io.tandem.campaign.InputKind.QUESTION")
    boolean hasSalesInput(Long id);

    @Query("select i from SalesInput i where i.campaignId in :ids "
            + "and i.kind = io.tandem.campaign.InputKind.QUESTION and i.answeredAt is null order by i.createdAt")
    List<SalesInput> openQuestionsIn(Collection<Long> ids);
}
