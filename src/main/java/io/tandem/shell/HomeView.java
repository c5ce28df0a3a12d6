package io.tandem.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.tandem.base.NeedsYou;
import io.tandem.base.NeedsYouProvider;
import io.tandem.base.ui.EmptyState;
import io.tandem.collaboration.SettledUpdates;
import io.tandem.base.ui.TeamBadge;
import io.tandem.people.CurrentPerson;
import io.tandem.people.TandemUser;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import java.time.ZoneId;

/** Each person's start page: what needs them now, and the three moments Tandem is built around. */
@Route("")
@PageTitle("Home · Tandem")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends Div {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final List<NeedsYouProvider> providers;
    private final SettledUpdates settledUpdates;
    private final TandemUser me;
    private final Div needsList = new Div();
    /** Each provider's last answer: a notice reads again only the providers listening on its topic. */
    private final Map<NeedsYouProvider, List<NeedsYou>> answers = new LinkedHashMap<>();
    List<NeedsYou> shown;

    HomeView(CurrentPerson currentPerson, ObjectProvider<NeedsYouProvider> providers, SettledUpdates settledUpdates) {
        this.providers = providers.orderedStream().toList();
        this.settledUpdates = settledUpdates;
        this.me = currentPerson.require();
        addClassName("home-view");

        String firstName = me.fullName().split("\\s+")[0];
        H2 greeting = new H2(greeting() + ", " + firstName);
        Div hello = new Div(greeting, new TeamBadge(me.team()));
        hello.addClassName("home-greeting");

        H3 needsTitle = new H3("What needs you");
        needsList.addClassName("needs-list");
        Section needs = new Section(needsTitle, needsList);
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

    /**
     * Reads every provider, then follows their topics, settled: home shows a summary, so a burst of changes (a
     * triage meeting's verdicts, someone typing a brief) reads again once per {@link SettledUpdates#DELAY}, only the
     * providers listening where something happened, and redraws only when what needs the person changed.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        providers.forEach(p -> answers.put(p, p.needsYou(me, null)));
        renderNeeds();
        List<String> topics = providers.stream().flatMap(p -> p.topics(me).stream()).distinct().toList();
        settledUpdates.subscribe(this, topics, burst -> {
            for (NeedsYouProvider p : providers) {
                if (p.topics(me).stream().anyMatch(burst.topics()::contains)) {
                    answers.put(p, p.needsYou(me, burst.lastNoticeId()));
                }
            }
            renderNeeds();
        });
    }

    private void renderNeeds() {
        List<NeedsYou> items = answers.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(NeedsYou::overdue).reversed()
                        .thenComparing(NeedsYou::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (items.equals(shown)) {
            return;
        }
        shown = items;
        needsList.removeAll();
        if (items.isEmpty()) {
            needsList.add(new EmptyState(VaadinIcon.CHECK_CIRCLE_O, "Nothing needs you right now",
                    "When a review, a lead, a question from the other team or a plan to sign waits for you, it shows up here."));
            return;
        }
        for (NeedsYou item : items) {
            Span kind = new Span(item.kind());
            kind.addClassName("needs-kind");
            Span title = new Span(item.title());
            title.addClassName("needs-title");
            Anchor row = new Anchor(item.link());
            row.add(kind, title);
            if (item.due() != null) {
                Span due = new Span((item.overdue() ? "Overdue · " : "Due ")
                        + DUE.format(item.due().atZone(ZoneId.systemDefault())));
                due.addClassName("needs-due");
                row.add(due);
            }
            row.addClassNames("needs-item", item.overdue() ? "overdue" : "on-time");
            needsList.add(row);
        }
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
