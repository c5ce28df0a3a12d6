package io.tandem.collateral;

import io.tandem.base.DomainActivity;

/**
 * Published for every change to an asset (created, edited, version added, submitted, decided, published,
 * retired, used); the activity trail records it in the same transaction. {@code summary} names the version
 * and carries the comment or reason, so the trail alone tells who did what, when, on which version, and why.
 */
public record AssetChanged(Long actorId, String actorName, Long assetId, String action, String summary)
        implements DomainActivity {

    @Override
    public String itemType() {
        return "asset";
    }

    @Override
    public String itemId() {
        return String.valueOf(assetId);
    }
}
