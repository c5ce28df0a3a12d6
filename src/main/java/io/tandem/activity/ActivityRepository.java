package io.tandem.activity;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<ActivityEntry, Long> {

    List<ActivityEntry> findByItemTypeAndItemIdOrderByOccurredAtDescIdDesc(String itemType, String itemId,
            Pageable page);

    List<ActivityEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable page);
}
