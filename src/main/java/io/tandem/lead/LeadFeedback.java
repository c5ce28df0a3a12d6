package io.tandem.lead;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What sales made of one campaign's leads, for marketing: how many were handed over, how many wait for a verdict,
 * the verdicts (accepted, rejected, recycled) with the reasons for rejecting, the wins, and the latest verdicts
 * with who gave them.
 */
public record LeadFeedback(Long campaignId, long leads, long handedOver, long waiting, long accepted, long rejected,
        long recycled, long won, Map<RejectReason, Long> rejectReasons, List<Verdict> latest) {

    /** Accepted among the verdicts given, in percent; {@code null} when there is no verdict yet. */
    public Integer acceptanceRate() {
        long verdicts = accepted + rejected + recycled;
        return verdicts == 0 ? null : (int) Math.round(100.0 * accepted / verdicts);
    }

    public boolean hasVerdicts() {
        return accepted + rejected + recycled > 0;
    }

    /** One verdict: the lead, what sales decided ({@code ACCEPTED}, {@code LOST} = rejected, {@code NURTURE}). */
    public record Verdict(Long leadId, String leadName, String company, LeadStage verdict, String detail,
            String by, Instant at, boolean inMeeting) {

        public String label() {
            return switch (verdict) {
                case ACCEPTED -> "Accepted";
                case LOST -> "Rejected";
                default -> "Recycled";
            };
        }
    }
}
