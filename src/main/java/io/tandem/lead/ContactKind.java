package io.tandem.lead;

/** How sales first reached a lead. */
public enum ContactKind {
    CALLED("Called"), EMAILED("Emailed"), MET("Met");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
