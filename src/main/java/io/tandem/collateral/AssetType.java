package io.tandem.collateral;

/** What kind of collateral an asset is. */
public enum AssetType {
    CASE_STUDY("Case study"),
    BROCHURE("Brochure"),
    DECK("Deck"),
    EMAIL_TEMPLATE("Email template"),
    BLOG_POST("Blog post"),
    BATTLECARD("Battlecard"),
    VIDEO_LINK("Video link"),
    OTHER("Other");

    private final String label;

    AssetType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
