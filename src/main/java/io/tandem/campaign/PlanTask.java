package io.tandem.campaign;

import io.tandem.base.Team;
import java.time.LocalDate;

/** A task or milestone of a plan. */
public record PlanTask(Long id, Long campaignId, String title, Long ownerId, String ownerName, Team team,
        LocalDate dueDate, boolean done, int position, long version) {

    public boolean isOverdue(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }
}
