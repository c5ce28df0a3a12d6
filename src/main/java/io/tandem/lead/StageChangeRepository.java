package io.tandem.lead;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByLeadIdOrderByChangedAtAscIdAsc(Long leadId);

    /**
     * The CSV import a lead came from: who imported it and the file. An import stores no history entry per lead
     * (its first entry is the same for every lead of the import); {@link LeadService#history} makes it from this.
     */
    @Query(value = "select i.imported_by_name as importedBy, i.file_name as fileName from lead_item l "
            + "join lead_import i on i.id = l.import_id where l.id = :leadId", nativeQuery = true)
    Optional<ImportOrigin> importOf(@Param("leadId") Long leadId);

    interface ImportOrigin {
        String getImportedBy();

        String getFileName();
    }
}
