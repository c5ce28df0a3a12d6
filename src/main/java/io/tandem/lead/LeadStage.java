package io.tandem.lead;

/** Where a lead is in its life: marketing's side (NEW, NURTURE), the hand-over (MQL), sales' side and the end. */
public enum LeadStage {
    NEW("New"),
    MQL("Handed over (MQL)"),
    ACCEPTED("Accepted"),
    WORKING("Working"),
    WON("Won"),
    LOST("Lost / rejected"),
    NURTURE("Nurture");

    private final String label;

    LeadStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Stages in which the follow-up SLA clock can run. */
    public boolean slaRelevant() {
        return this == MQL || this == ACCEPTED || this == WORKING;
    }
}
