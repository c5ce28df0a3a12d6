package io.tandem.insight;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRepository extends JpaRepository<Target, Long> {

    List<Target> findByWithdrawnAtIsNullOrderByMetricAscProposedAtAsc();
}
