package io.tandem.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.tandem.base.ui.EmptyState;
import jakarta.annotation.security.PermitAll;

/** Insights: the place is ready in the navigation; the capability itself lands with its own issue. */
@Route("insights")
@PageTitle("Insights · Tandem")
@Menu(title = "Insights", order = 40, icon = "vaadin:chart")
@PermitAll
public class InsightsView extends Div {

    InsightsView() {
        addClassName("feature-view");
        add(new EmptyState(VaadinIcon.CHART, "Shared insights are being built", "Soon both teams will see the same numbers here: follow-up rate, acceptance by campaign, collateral usage and cycle times."));
    }
}
