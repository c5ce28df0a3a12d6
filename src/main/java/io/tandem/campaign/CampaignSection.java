package io.tandem.campaign;

import com.vaadin.flow.component.Component;

/**
 * A tab another feature adds to every campaign workspace (lead feedback, the scorecard), so the campaign
 * feature shows what happened to its leads and collateral without depending on those features. Implemented as
 * Spring beans; the workspace shows them after its own tabs, in {@link #order()}.
 */
public interface CampaignSection {

    /** Position among the contributed tabs, lower first. */
    int order();

    /** The tab label. */
    String title();

    /**
     * A new component showing this section for one campaign, for the signed-in person. It keeps itself current
     * (live updates) while attached; the data behind it comes from service methods that check permissions.
     */
    Component create(long campaignId);
}
