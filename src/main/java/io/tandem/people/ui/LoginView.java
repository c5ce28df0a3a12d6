package io.tandem.people.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.tandem.base.ui.TeamBadge;
import io.tandem.people.DemoPeople;
import io.tandem.people.DemoPeople.DemoLogin;
import org.springframework.core.env.Environment;

/** Sign-in. In demo mode it also lists the demo logins, so a newcomer can try both teams' views. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Tandem")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView(Environment env) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("That did not work");
        i18n.getErrorMessage().setMessage("Check your username and password and try again. "
                + "Deactivated accounts cannot sign in, and after five failed tries a username waits 15 minutes.");
        form.setI18n(i18n);

        H1 brand = new H1("Tandem");
        brand.addClassName("login-brand");
        Paragraph pitch = new Paragraph("Sales and Marketing, planning, approving and triaging together, live.");
        pitch.addClassName("login-pitch");
        Div intro = new Div(brand, pitch);
        intro.addClassName("login-intro");

        Div card = new Div(intro, form);
        card.addClassName("login-card");
        add(card);

        if (env.getProperty("tandem.demo.enabled", Boolean.class, false)) {
            add(demoLogins());
        }
    }

    private Div demoLogins() {
        Grid<DemoLogin> grid = new Grid<>();
        grid.addColumn(DemoLogin::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(DemoLogin::fullName).setHeader("Name").setAutoWidth(true);
        grid.addComponentColumn(l -> new TeamBadge(l.team())).setHeader("Team").setAutoWidth(true);
        grid.addColumn(l -> l.role().label()).setHeader("Role").setAutoWidth(true);
        grid.setItems(DemoPeople.LOGINS);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> fill(e.getItem().username()));
        Span password = new Span(DemoPeople.PASSWORD);
        password.addClassName("demo-password");
        Paragraph hint = new Paragraph("Demo mode: every demo person's password is ");
        hint.add(password, new Span(". Click a row to fill in the username."));
        Div demo = new Div(new H3("Demo logins"), hint, grid);
        demo.addClassName("demo-logins");
        return demo;
    }

    private void fill(String username) {
        form.getElement().executeJs(
                "const u = this.querySelector('vaadin-text-field[name=username]') || this.querySelector('#vaadinLoginUsername');"
                        + "if (u) { u.value = $0; } const p = this.querySelector('vaadin-password-field');"
                        + "if (p) { p.focus(); }", username);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
