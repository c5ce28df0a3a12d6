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

interface VersionRepository extends JpaRepository<AssetVersion, Long> {

    List<AssetVersion> findByAssetIdOrderByNumberDesc(Long assetId);

    Optional<AssetVersion> findByAssetIdAndNumber(Long assetId, int number);
}
