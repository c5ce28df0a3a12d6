package io.tandem.lead;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LeadRepository extends JpaRepository<Lead, Long> {

    String FILTER = " where l.stage = :stage"
            + " and (:campaignId is null or l.campaignId = :campaignId)"
            + " and (:ownerId is null or l.ownerId = :ownerId)"
            + " and (:overdue = false or (l.firstContactAt is null and l.slaDueAt < :now"
            + "      and l.stage in (io.tandem.lead.LeadStage.MQL, io.tandem.lead.LeadStage.ACCEPTED,"
            + "                      io.tandem.lead.LeadStage.WORKING)))";

    @Query("select l from Lead l" + FILTER + " order by l.stageChangedAt desc, l.id desc")
    List<Lead> column(@Param("stage") LeadStage stage, @Param("campaignId") Long campaignId,
            @Param("ownerId") Long ownerId, @Param("overdue") boolean overdue, @Param("now") Instant now,
            Pageable page);

    /** The overdue leads of a column, most overdue first (served by {@code ix_lead_item_overdue}). */
    @Query("select l from Lead l where l.stage = :stage and l.firstContactAt is null and l.slaDueAt < :now"
            + " and (:campaignId is null or l.campaignId = :campaignId)"
            + " and (:ownerId is null or l.ownerId = :ownerId)"
            + " order by l.slaDueAt asc, l.id asc")
    List<Lead> overdueColumn(@Param("stage") LeadStage stage, @Param("campaignId") Long campaignId,
            @Param("ownerId") Long ownerId, @Param("now") Instant now, Pageable page);

    @Query("select count(l) from Lead l" + FILTER)
    long countColumn(@Param("stage") LeadStage stage, @Param("campaignId") Long campaignId,
            @Param("ownerId") Long ownerId, @Param("overdue") boolean overdue, @Param("now") Instant now);

    boolean existsByEmailIgnoreCase(String email);

    List<Lead> findByEmailIn(Collection<String> emails);

    /** A sales rep's overdue leads, most overdue first (served by {@code ix_lead_item_owner_overdue}). */
    @Query("select l from Lead l where l.firstContactAt is null and l.slaDueAt < :now and l.ownerId = :ownerId"
            + " and l.stage in (io.tandem.lead.LeadStage.ACCEPTED, io.tandem.lead.LeadStage.WORKING)"
            + " order by l.slaDueAt")
    List<Lead> overdueOwnedBy(@Param("ownerId") Long ownerId, @Param("now") Instant now, Pageable page);
}
