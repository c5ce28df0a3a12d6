package io.tandem.campaign;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long>, JpaSpecificationExecutor<Campaign> {

    List<Campaign> findAllByOrderByNameAsc();

    /** Loads the row locked for this transaction: brief saves and status moves on one campaign take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Campaign c where c.id = :id")
    Optional<Campaign> lockById(Long id);

    /** Marks the campaign as changed (for "recently changed first") without touching any field or the version. */
    @Modifying
    @Query("update Campaign c set c.updatedAt = :now where c.id = :id")
    void touch(Long id, Instant now);
}
