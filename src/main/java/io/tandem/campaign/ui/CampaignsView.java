package io.tandem.campaign.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.tandem.base.ui.EmptyState;
import jakarta.annotation.security.PermitAll;

/** Campaigns: the place is ready in the navigation; the capability itself lands with its own issue. */
@Route("campaigns")
@PageTitle("Campaigns · Tandem")
@Menu(title = "Campaigns", order = 10, icon = "vaadin:calendar-user")
@PermitAll
public class CampaignsView extends Div {

    CampaignsView() {
        addClassName("feature-view");
        add(new EmptyState(VaadinIcon.CALENDAR_USER, "Campaign planning is being built", "Soon marketing and sales will plan campaigns here together, live: the brief, customer objections, tasks and a sign-off from both team leads."));
    }
}
