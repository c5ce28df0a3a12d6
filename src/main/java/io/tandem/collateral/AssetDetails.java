package io.tandem.collateral;

import java.util.List;

/**
 * Everything the asset page shows, plus what the signed-in person may do with it.
 *
 * @param version      the optimistic-lock version to send back with an edit of the details
 * @param canManage    owner or Marketing: edit, upload versions, submit, publish, retire
 * @param canDecide    an assigned reviewer, while the asset is in review
 */
public record AssetDetails(AssetSummary summary, String description, long version, String retiredReason,
        List<VersionInfo> versions, List<ReviewerInfo> reviewers, List<DecisionInfo> decisions,
        List<UseInfo> recentUses, boolean canManage, boolean canDecide) {

    public VersionInfo currentVersion() {
        return versions.stream().filter(v -> v.number() == summary.currentVersionNo()).findFirst().orElse(null);
    }
}
