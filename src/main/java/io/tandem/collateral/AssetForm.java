package io.tandem.collateral;

import java.time.LocalDate;

/** The editable details of an asset. {@code campaignId}, {@code description} and {@code dueDate} are optional. */
public record AssetForm(String title, AssetType type, Long campaignId, BuyerStage stage, String description,
        LocalDate dueDate) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
}
