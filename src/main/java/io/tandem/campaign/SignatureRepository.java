package io.tandem.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignatureRepository extends JpaRepository<Signature, Signature.Key> {

    List<Signature> findByCampaignId(Long campaignId);

    List<Signature> findByCampaignIdIn(Collection<Long> campaignIds);

    @Modifying
    @Query("delete from Signature s where s.campaignId = :campaignId")
    int deleteByCampaign(Long campaignId);
}
