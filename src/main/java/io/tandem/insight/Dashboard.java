package io.tandem.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Every number of the Insights dashboard for one period (and optionally one campaign), computed by SQL
 * aggregations in {@link InsightQueries}. {@code byOwner} is empty for people who are not team leads or admins.
 */
public record Dashboard(Period period, Long campaignId, Instant computedAt, LeadCounts leads, Hours firstContact,
                        long overdueNow, List<Count> rejectReasons, List<CampaignLeads> byCampaign,
                        List<TrendPoint> trend, List<OwnerFollowUp> byOwner, CollateralNumbers collateral,
                        PlanningNumbers planning) {

    /** A median and 90th percentile in hours; both {@code null} when nothing was measured. */
    public record Hours(Double median, Double p90, long measured) {
        public static final Hours NONE = new Hours(null, null, 0);
    }

    /** A labelled count, e.g. a reject reason and how often it was given. */
    public record Count(String label, long count) {
    }

    /** The closed loop for one source campaign: its leads, verdicts and wins. */
    public record CampaignLeads(Long campaignId, String campaign, LeadCounts counts) {
    }

    /** One week or month of hand-overs. */
    public record TrendPoint(LocalDate bucket, long handedOver, long accepted, long withinSla, long slaDecided) {
        public Ratio followUp() {
            return new Ratio(withinSla, slaDecided);
        }

        public Ratio acceptance() {
            return new Ratio(accepted, handedOver);
        }
    }

    /** Follow-up by the sales person who owns the leads. */
    public record OwnerFollowUp(Long personId, String person, long leads, long withinSla, long slaDecided, long won) {
        public Ratio followUp() {
            return new Ratio(withinSla, slaDecided);
        }
    }

    /** Usage per asset: uses in the window and helpful votes. */
    public record AssetUsage(Long assetId, String title, long uses, long helpful, long votes) {
    }

    public record CollateralNumbers(long published, long usedLast90Days, long helpfulVotes, long votes,
                                    Hours approvalCycle, long reviewsOverdue, long requestsOpen,
                                    List<AssetUsage> mostUsed, List<AssetUsage> leastUsed, List<Count> usesByTeam) {
        public Ratio usage() {
            return new Ratio(usedLast90Days, published);
        }

        public Ratio helpfulness() {
            return new Ratio(helpfulVotes, votes);
        }
    }

    public record PlanningNumbers(long activated, long withSalesInput, long signedByBoth, long planned) {
        public Ratio aligned() {
            return new Ratio(planned, activated);
        }
    }

    /** The same numbers without follow-up per sales person, for those who are not team leads or admins. */
    public Dashboard withoutFollowUpByPerson() {
        return new Dashboard(period, campaignId, computedAt, leads, firstContact, overdueNow, rejectReasons,
                byCampaign, trend, List.of(), collateral, planning);
    }

    /** The value of {@code metric} in this dashboard, as shown (percent for shares), or empty when there is none. */
    public OptionalDouble value(Metric metric) {
        return switch (metric) {
            case LEADS_HANDED_OVER -> OptionalDouble.of(leads.handedOver());
            case ACCEPTANCE_RATE -> percent(leads.acceptance());
            case REJECTION_RATE -> percent(leads.rejection());
            case RECYCLE_RATE -> percent(leads.recycling());
            case FOLLOW_UP_RATE -> percent(leads.followUp());
            case TIME_TO_FIRST_CONTACT -> hours(firstContact);
            case OVERDUE_NOW -> OptionalDouble.of(overdueNow);
            case WIN_RATE -> percent(leads.winRate());
            case PIPELINE -> OptionalDouble.of(leads.pipeline());
            case COLLATERAL_USAGE_RATE -> percent(collateral.usage());
            case HELPFULNESS -> percent(collateral.helpfulness());
            case APPROVAL_CYCLE_TIME -> hours(collateral.approvalCycle());
            case REVIEWS_OVERDUE -> OptionalDouble.of(collateral.reviewsOverdue());
            case CONTENT_REQUESTS_OPEN -> OptionalDouble.of(collateral.requestsOpen());
            case ALIGNED_CAMPAIGNS -> percent(planning.aligned());
            case ALIGNMENT_SCORE -> OptionalDouble.empty();
        };
    }

    private static OptionalDouble percent(Ratio r) {
        return r.value().isPresent() ? OptionalDouble.of(100 * r.value().getAsDouble()) : OptionalDouble.empty();
    }

    private static OptionalDouble hours(Hours h) {
        return h.median() == null ? OptionalDouble.empty() : OptionalDouble.of(h.median());
    }
}
