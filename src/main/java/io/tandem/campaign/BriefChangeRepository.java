package io.tandem.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BriefChangeRepository extends JpaRepository<BriefChange, Long> {

    Optional<BriefChange> findFirstByCampaignIdAndFieldOrderByChangedAtDescIdDesc(Long campaignId, BriefField field);

    List<BriefChange> findByCampaignIdOrderByChangedAtDescIdDesc(Long campaignId);
}
