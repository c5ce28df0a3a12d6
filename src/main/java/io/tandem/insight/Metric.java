package io.tandem.insight;

/**
 * Every number on the Insights dashboard, the campaign scorecard and the shared targets, with its definition:
 * the same words are shown next to the number (info line and tooltip) and implemented in {@link InsightQueries}.
 * "The period" is the period chosen on the dashboard; a lead belongs to the period when it was (last) handed over
 * to sales in it.
 */
public enum Metric {
    LEADS_HANDED_OVER("Leads handed over", Unit.COUNT, true,
            "Leads marketing handed over to sales (moved to MQL) in the period; a lead handed over again counts once, at its latest hand-over."),
    ACCEPTANCE_RATE("Acceptance rate", Unit.PERCENT, true,
            "Accepted ÷ handed over: of the leads handed over in the period, the share sales accepted (now accepted, working, won, or lost after acceptance)."),
    REJECTION_RATE("Rejection rate", Unit.PERCENT, false,
            "Rejected ÷ handed over: of the leads handed over in the period, the share sales rejected with a reason."),
    RECYCLE_RATE("Recycle rate", Unit.PERCENT, false,
            "Recycled ÷ handed over: of the leads handed over in the period, the share sales sent back to marketing nurture."),
    FOLLOW_UP_RATE("Follow-up rate", Unit.PERCENT, true,
            "Contacted within the SLA ÷ leads whose SLA has run out or that were contacted: of the leads handed over in the period, the share whose first contact came before the follow-up SLA of the lead definition ran out."),
    TIME_TO_FIRST_CONTACT("Time to first contact", Unit.HOURS, false,
            "Calendar hours from hand-over to the first logged contact, for contacted leads handed over in the period: median and 90th percentile (p90), to the minute."),
    OVERDUE_NOW("Overdue now", Unit.COUNT, false,
            "Leads with sales right now (handed over, accepted or working) with no first contact and their SLA already run out; not limited to the period."),
    WIN_RATE("Win rate", Unit.PERCENT, true,
            "Won ÷ accepted: of the leads handed over in the period and accepted by sales, the share now won."),
    PIPELINE("Pipeline", Unit.COUNT, true,
            "Leads handed over in the period that sales accepted and is still working (accepted or working, not yet won or lost)."),
    COLLATERAL_USAGE_RATE("Collateral usage rate", Unit.PERCENT, true,
            "Published assets used at least once in the 90 days up to the end of the period ÷ published assets."),
    HELPFULNESS("Helpfulness", Unit.PERCENT, true,
            "Uses voted helpful ÷ uses with a vote, for uses logged in the period."),
    APPROVAL_CYCLE_TIME("Approval cycle time", Unit.HOURS, false,
            "Calendar hours from the first submission for review to approval by both teams, for assets approved in the period: median and p90."),
    REVIEWS_OVERDUE("Reviews overdue", Unit.COUNT, false,
            "Assets in review now whose due date has passed; not limited to the period."),
    CONTENT_REQUESTS_OPEN("Content requests open", Unit.COUNT, false,
            "Content requests from sales that marketing has not yet accepted or declined; not limited to the period."),
    ALIGNED_CAMPAIGNS("Campaigns planned together", Unit.PERCENT, true,
            "Campaigns activated in the period that had sales input and signatures of both team leads before going active ÷ campaigns activated in the period."),
    ALIGNMENT_SCORE("Alignment score", Unit.SCORE, true,
            "Average answer (1 = strongly disagree … 5 = strongly agree) to the ten statements of the alignment check, over the answers given in the period.");

    /** How a metric's value is expressed. */
    public enum Unit {
        COUNT, PERCENT, HOURS, SCORE
    }

    private final String label;
    private final Unit unit;
    private final boolean higherIsBetter;
    private final String definition;

    Metric(String label, Unit unit, boolean higherIsBetter, String definition) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** Whether more is better, e.g. a higher follow-up rate; a shorter cycle time is better. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public String definition() {
        return definition;
    }

    /** A value of this metric in words, e.g. {@code 80%}, {@code 12.5 h}, {@code 3.8 of 5}. */
    public String format(double value) {
        return switch (unit) {
            case COUNT -> String.valueOf(Math.round(value));
            case PERCENT -> Math.round(value) + "%";
            case HOURS -> value >= 48 ? String.format(java.util.Locale.ROOT, "%.1f d", value / 24)
                    : String.format(java.util.Locale.ROOT, "%.1f h", value);
            case SCORE -> String.format(java.util.Locale.ROOT, "%.1f of 5", value);
        };
    }
}
