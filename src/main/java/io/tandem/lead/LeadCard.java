package io.tandem.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A lead as the board shows it: everything on its card and in its details. {@code verdictMeetingId}: the triage
 * meeting its latest verdict was given in, if any.
 */
public record LeadCard(Long id, String name, String company, String email, String phone, String jobTitle,
        Long campaignId, String sourceChannel, String notes, List<String> criteriaMet, LeadStage stage,
        Long ownerId, Instant createdAt, Instant stageChangedAt, Instant handedOverAt, Instant slaDueAt,
        Instant firstContactAt, ContactKind firstContactKind, int recycleCount, RejectReason rejectReason,
        String verdictNote, LocalDate revisitOn, SlaState sla, Long verdictMeetingId, long version) {
}
