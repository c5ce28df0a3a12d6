package io.tandem.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

    List<PlanItem> findByCampaignIdOrderByPositionAscIdAsc(Long campaignId);

    /** Reordering does not count as changing a task, so it never makes someone's edit of the task stale. */
    @Modifying
    @Query("update PlanItem p set p.position = :position where p.id = :id")
    void setPosition(Long id, int position);

    @Query("select coalesce(max(p.position), -1) from PlanItem p where p.campaignId = :campaignId")
    int maxPosition(Long campaignId);
}
