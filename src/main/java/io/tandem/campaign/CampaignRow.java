package io.tandem.campaign;

import java.time.LocalDate;

/** A line of the campaigns list. */
public record CampaignRow(Long id, String name, CampaignStatus status, LocalDate startDate, LocalDate endDate,
        String ownerName, int salesParticipants, int openQuestions, String signOff) {
}
