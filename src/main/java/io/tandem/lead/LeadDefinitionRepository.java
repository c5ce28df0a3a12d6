package io.tandem.lead;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeadDefinitionRepository extends JpaRepository<LeadDefinition, Long> {

    Optional<LeadDefinition> findFirstByInForceFromIsNotNullAndSupersededAtIsNullOrderByInForceFromDesc();

    List<LeadDefinition> findAllByOrderByVersionNoDesc();

    List<LeadDefinition> findByInForceFromIsNullOrderByVersionNoDesc();

    @Query("select coalesce(max(d.versionNo), 0) from LeadDefinition d")
    int maxVersionNo();
}
