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

interface AssetRepository extends JpaRepository<Asset, Long> {

    /** Reads the asset and holds its row lock to the end of the transaction: decisions, versions and state
     *  changes on one asset happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Asset a where a.id = :id")
    Optional<Asset> lockById(@Param("id") Long id);

    List<Asset> findByStateOrderByPublishedAtDescIdDesc(AssetState state);

    List<Asset> findByStateNotOrderByUpdatedAtDesc(AssetState state);

    List<Asset> findByIdInAndState(Collection<Long> ids, AssetState state);

    List<Asset> findByOwnerIdAndStateAndPublishedAtBefore(Long ownerId, AssetState state, Instant before);

    boolean existsByTitleIgnoreCase(String title);

    List<Asset> findByOwnerIdAndStateOrderByUpdatedAtDesc(Long ownerId, AssetState state);

    /** The library: published assets matching every given filter (a {@code null} filter matches all). */
    @Query("select a from Asset a where a.state = :state"
            + " and (:type is null or a.type = :type)"
            + " and (:stage is null or a.stage = :stage)"
            + " and (:campaignId is null or a.campaignId = :campaignId)"
            + " and (:text is null or lower(a.title) like :text or lower(a.description) like :text)"
            + " order by a.publishedAt desc, a.id desc")
    List<Asset> search(@Param("state") AssetState state, @Param("type") AssetType type,
            @Param("stage") BuyerStage stage, @Param("campaignId") Long campaignId, @Param("text") String text);
}
