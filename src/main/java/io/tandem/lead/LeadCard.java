package io.tandem.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A lead as the board shows it: everything on its card and in its details. */
public record LeadCard(Long id, String name, String company, String email, String phone, String jobTitle,
        Long campaignId, String sourceChannel, String notes, List<String> criteriaMet, LeadStage stage,
        Long ownerId, Instant createdAt, Instant stageChangedAt, Instant handedOverAt, Instant slaDueAt,
        Instant firstContactAt, ContactKind firstContactKind, int recycleCount, RejectReason rejectReason,
        String verdictNote, LocalDate revisitOn, SlaState sla, long version) {
}
