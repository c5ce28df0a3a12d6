package io.tandem.collateral;

/** What the sales library is searched and filtered by; every part optional. */
public record LibraryQuery(String text, AssetType type, BuyerStage stage, Long campaignId, Sort sort) {

    public enum Sort {
        NEWEST("Newest first"), MOST_USED("Most used first");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static LibraryQuery all() {
        return new LibraryQuery(null, null, null, null, Sort.NEWEST);
    }
}
