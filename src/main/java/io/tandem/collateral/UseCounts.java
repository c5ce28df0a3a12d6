package io.tandem.collateral;

import java.time.Instant;

/** Usage of one asset, aggregated by {@link UseRepository#countsFor}. */
interface UseCounts {

    Long getAssetId();

    long getUses();

    Instant getLastUsed();

    Long getHelpful();

    Long getNotHelpful();
}
