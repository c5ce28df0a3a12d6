package io.tandem.collateral;

/** Where in the buyer's journey an asset helps. */
public enum BuyerStage {
    AWARENESS("Awareness"),
    CONSIDERATION("Consideration"),
    DECISION("Decision");

    private final String label;

    BuyerStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
