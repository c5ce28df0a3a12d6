package io.tandem.collateral;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContentRequestRepository extends JpaRepository<ContentRequest, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ContentRequest r where r.id = :id")
    Optional<ContentRequest> lockById(@Param("id") Long id);

    List<ContentRequest> findTop200ByOrderByCreatedAtDescIdDesc();

    List<ContentRequest> findByStatusOrderByCreatedAtAsc(RequestStatus status);
}
