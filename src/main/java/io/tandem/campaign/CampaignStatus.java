package io.tandem.campaign;

/** PLANNING → ACTIVE → COMPLETED, or CANCELLED from PLANNING or ACTIVE. */
public enum CampaignStatus {
    PLANNING("Planning"),
    ACTIVE("Active"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(CampaignStatus next) {
        return switch (this) {
            case PLANNING -> next == ACTIVE || next == CANCELLED;
            case ACTIVE -> next == COMPLETED || next == CANCELLED;
            case COMPLETED, CANCELLED -> false;
        };
    }
}
