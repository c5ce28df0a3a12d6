package io.tandem.insight;

/**
 * What happened to the leads handed over in a period (see {@link Metric} for the definitions).
 *
 * @param handedOver leads handed over in the period
 * @param accepted   of them, accepted by sales (now accepted, working, won, or lost after acceptance)
 * @param rejected   rejected by sales with a reason
 * @param recycled   sent back to marketing nurture
 * @param waiting    still waiting for a verdict
 * @param won        won
 * @param pipeline   accepted and still being worked
 * @param withinSla  first contact before the SLA ran out
 * @param slaDecided contacted, or SLA run out without contact (the follow-up rate's whole)
 */
public record LeadCounts(long handedOver, long accepted, long rejected, long recycled, long waiting, long won,
                         long pipeline, long withinSla, long slaDecided) {

    public static final LeadCounts EMPTY = new LeadCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * The counts of {@code n} leads that share a stage, whether they carry a reject reason and where they stand
     * with the SLA (contact state 0–3, see {@code InsightQueries.CONTACT_STATE}). This is where the definitions
     * of {@link Metric} for leads live: accepted means accepted now or lost after acceptance (lost without a
     * reason), rejected means lost with a reason, and so on.
     */
    public static LeadCounts ofGroup(String stage, boolean hasRejectReason, int contactState, long n) {
        boolean lost = "LOST".equals(stage);
        boolean accepted = switch (stage) {
            case "ACCEPTED", "WORKING", "WON" -> true;
            default -> lost && !hasRejectReason;
        };
        return new LeadCounts(n, accepted ? n : 0, lost && hasRejectReason ? n : 0, "NURTURE".equals(stage) ? n : 0,
                "MQL".equals(stage) ? n : 0, "WON".equals(stage) ? n : 0,
                "ACCEPTED".equals(stage) || "WORKING".equals(stage) ? n : 0, contactState == 3 ? n : 0,
                contactState >= 1 ? n : 0);
    }

    /** Both counts added up, e.g. two groups of one cohort. */
    public LeadCounts plus(LeadCounts o) {
        return new LeadCounts(handedOver + o.handedOver, accepted + o.accepted, rejected + o.rejected,
                recycled + o.recycled, waiting + o.waiting, won + o.won, pipeline + o.pipeline,
                withinSla + o.withinSla, slaDecided + o.slaDecided);
    }

    public Ratio acceptance() {
        return new Ratio(accepted, handedOver);
    }

    public Ratio rejection() {
        return new Ratio(rejected, handedOver);
    }

    public Ratio recycling() {
        return new Ratio(recycled, handedOver);
    }

    public Ratio followUp() {
        return new Ratio(withinSla, slaDecided);
    }

    public Ratio winRate() {
        return new Ratio(won, accepted);
    }
}
