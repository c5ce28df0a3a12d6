package io.tandem.collateral;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An asset as lists show it, with its usage. {@code retireCandidate} is set for a published asset nobody used
 * (or, never used, that was published) in the last {@value CollateralService#RETIRE_AFTER_DAYS} days.
 */
public record AssetSummary(Long id, String title, AssetType type, BuyerStage stage, Long campaignId,
        String campaignName, Long ownerId, String ownerName, AssetState state, int currentVersionNo,
        LocalDate dueDate, Instant updatedAt, Instant publishedAt, long uses, long helpful, long notHelpful,
        Instant lastUsed, boolean retireCandidate) {

    public String route() {
        return "collateral/" + id;
    }
}
