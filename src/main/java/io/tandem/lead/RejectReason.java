package io.tandem.lead;

/** Why sales rejects a handed-over lead. {@link #OTHER} needs a note. */
public enum RejectReason {
    NOT_INTERESTED("Not interested"),
    DID_NOT_REMEMBER("Didn't remember the inquiry"),
    NO_BUDGET("No budget"),
    WRONG_CONTACT("Wrong contact"),
    BAD_TIMING("Bad timing"),
    DUPLICATE("Duplicate"),
    COMPETITOR("Competitor"),
    OTHER("Other");

    private final String label;

    RejectReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
