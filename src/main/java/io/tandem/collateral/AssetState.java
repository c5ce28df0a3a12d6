package io.tandem.collateral;

/** Where an asset is in its sign-off life. See {@link AssetWorkflow} for the allowed moves. */
public enum AssetState {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    PUBLISHED("Published"),
    RETIRED("Retired");

    private final String label;

    AssetState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** CSS class of its status pill, e.g. {@code asset-state-in-review}. */
    public String cssClass() {
        return "asset-state-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
