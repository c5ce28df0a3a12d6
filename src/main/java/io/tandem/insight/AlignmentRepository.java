package io.tandem.insight;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlignmentRepository extends JpaRepository<AlignmentResponse, Long> {

    Optional<AlignmentResponse> findByPersonIdAndMonthStart(Long personId, LocalDate monthStart);
}
