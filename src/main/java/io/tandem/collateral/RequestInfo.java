package io.tandem.collateral;

import java.time.Instant;

/**
 * A content request and its progress: once accepted, {@code assetState} follows the draft asset made for it
 * (draft, in review, …, published), so the requester sees how far their content is.
 */
public record RequestInfo(Long id, String title, String details, Long requesterId, String requesterName,
        RequestStatus status, String declineReason, Long assetId, AssetState assetState, String triagedBy,
        Instant createdAt) {

    /** One line of progress for the requester. */
    public String progress() {
        return switch (status) {
            case OPEN -> "Waiting for marketing";
            case DECLINED -> "Declined by " + triagedBy + ": " + declineReason;
            case ACCEPTED -> "Accepted by " + triagedBy + " · " + (assetState == null ? "in the works"
                    : assetState.label().toLowerCase(java.util.Locale.ROOT));
        };
    }
}
