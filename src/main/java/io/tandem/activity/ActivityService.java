package io.tandem.activity;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the activity trail, newest first. */
@Service
@Transactional(readOnly = true)
public class ActivityService {

    private static final int MAX_LIMIT = 500;

    private final ActivityRepository entries;

    ActivityService(ActivityRepository entries) {
        this.entries = entries;
    }

    /** The trail of one item, e.g. ("person", "42"). Callers check that the person may see the item. */
    @PreAuthorize("isAuthenticated()")
    public List<Activity> forItem(String itemType, String itemId, int limit) {
        return entries.findByItemTypeAndItemIdOrderByOccurredAtDescIdDesc(itemType, itemId, page(limit)).stream()
                .map(ActivityEntry::toRecord).toList();
    }

    /** The whole trail, newest first: for admins. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Activity> recent(int limit) {
        return entries.findAllByOrderByOccurredAtDescIdDesc(page(limit)).stream().map(ActivityEntry::toRecord)
                .toList();
    }

    private static PageRequest page(int limit) {
        return PageRequest.of(0, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }
}
