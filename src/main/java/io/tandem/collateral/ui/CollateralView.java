package io.tandem.collateral.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.tandem.base.ui.EmptyState;
import jakarta.annotation.security.PermitAll;

/** Collateral: the place is ready in the navigation; the capability itself lands with its own issue. */
@Route("collateral")
@PageTitle("Collateral · Tandem")
@Menu(title = "Collateral", order = 20, icon = "vaadin:file-text-o")
@PermitAll
public class CollateralView extends Div {

    CollateralView() {
        addClassName("feature-view");
        add(new EmptyState(VaadinIcon.FILE_TEXT_O, "Collateral sign-off is being built", "Soon both teams will approve content here before it ships, and sales will show marketing which content it actually uses."));
    }
}
