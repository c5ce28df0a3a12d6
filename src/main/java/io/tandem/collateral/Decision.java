package io.tandem.collateral;

/** A reviewer's decision on one version of an asset. */
public enum Decision {
    APPROVE("Approved"),
    REQUEST_CHANGES("Requested changes");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
