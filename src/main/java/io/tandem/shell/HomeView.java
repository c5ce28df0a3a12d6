package io.tandem.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.tandem.base.ui.EmptyState;
import io.tandem.base.ui.TeamBadge;
import io.tandem.people.CurrentPerson;
import io.tandem.people.TandemUser;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import java.time.ZoneId;

/** Each person's start page: what needs them now, and the three moments Tandem is built around. */
@Route("")
@PageTitle("Home · Tandem")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends Div {

    HomeView(CurrentPerson currentPerson) {
        TandemUser me = currentPerson.require();
        addClassName("home-view");

        String firstName = me.fullName().split("\\s+")[0];
        H2 greeting = new H2(greeting() + ", " + firstName);
        Div hello = new Div(greeting, new TeamBadge(me.team()));
        hello.addClassName("home-greeting");

        H3 needsTitle = new H3("What needs you");
        EmptyState nothing = new EmptyState(VaadinIcon.CHECK_CIRCLE_O, "Nothing needs you right now",
                "When a review, a lead, a question from the other team or a plan to sign waits for you, it shows up here.");
        Section needs = new Section(needsTitle, nothing);
        needs.addClassName("home-needs");

        H3 momentsTitle = new H3("Where the teams meet");
        Div moments = new Div(
                moment(VaadinIcon.CALENDAR_USER, "Plan campaigns together", "campaigns",
                        "Marketing drafts the brief with sales in the room: objections, needs and targets, live."),
                moment(VaadinIcon.FILE_TEXT_O, "Sign off collateral", "collateral",
                        "Both teams approve content before it ships, and sales says what it actually uses."),
                moment(VaadinIcon.FILTER, "Triage leads", "leads",
                        "One live board, one lead definition both teams signed, a verdict on every lead."));
        moments.addClassName("home-moments");
        Section momentsSection = new Section(momentsTitle, moments);

        add(hello, needs, momentsSection);
    }

    private static Div moment(VaadinIcon icon, String title, String path, String text) {
        Anchor link = new Anchor(path);
        link.add(icon.create(), new H3(title), new Paragraph(text));
        Div card = new Div(link);
        card.addClassName("moment-card");
        return card;
    }

    private static String greeting() {
        int hour = LocalTime.now(ZoneId.systemDefault()).getHour();
        return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
    }
}
