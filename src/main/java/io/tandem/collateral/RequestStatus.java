package io.tandem.collateral;

/** Where a content request is: waiting for marketing, accepted (a draft asset exists), or declined. */
public enum RequestStatus {
    OPEN("Waiting for marketing"),
    ACCEPTED("Accepted"),
    DECLINED("Declined");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
