package io.tandem.collateral;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewerRepository extends JpaRepository<Reviewer, Long> {

    List<Reviewer> findByAssetIdOrderByTeamAscPersonNameAsc(Long assetId);

    List<Reviewer> findByPersonId(Long personId);

    void deleteByAssetId(Long assetId);
}
