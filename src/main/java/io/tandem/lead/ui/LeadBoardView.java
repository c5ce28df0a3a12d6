package io.tandem.lead.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.tandem.base.ui.EmptyState;
import jakarta.annotation.security.PermitAll;

/** Lead board: the place is ready in the navigation; the capability itself lands with its own issue. */
@Route("leads")
@PageTitle("Lead board · Tandem")
@Menu(title = "Lead board", order = 30, icon = "vaadin:filter")
@PermitAll
public class LeadBoardView extends Div {

    LeadBoardView() {
        addClassName("feature-view");
        add(new EmptyState(VaadinIcon.FILTER, "The lead board is being built", "Soon sales and marketing will triage leads here on one live board, against a lead definition both team leads signed."));
    }
}
