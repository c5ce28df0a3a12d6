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
