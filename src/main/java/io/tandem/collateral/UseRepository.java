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

interface UseRepository extends JpaRepository<AssetUse, Long> {

    List<AssetUse> findTop20ByAssetIdOrderByUsedAtDescIdDesc(Long assetId);

    @Query("select u.assetId as assetId, count(u) as uses, max(u.usedAt) as lastUsed, "
            + "sum(case when u.helpful = true then 1 else 0 end) as helpful, "
            + "sum(case when u.helpful = false then 1 else 0 end) as notHelpful "
            + "from AssetUse u where u.assetId in :ids group by u.assetId")
    List<UseCounts> countsFor(@Param("ids") Collection<Long> ids);
}
