package io.tandem.people.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.tandem.base.ui.EmptyState;
import io.tandem.base.ui.TeamBadge;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collaboration.Topics;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/** Admins add, edit, deactivate and reactivate people and reset passwords. Live: two admins see each other's changes. */
@Route("people")
@PageTitle("People · Tandem")
@Menu(title = "People", order = 50, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class PeopleView extends VerticalLayout {

    private final PeopleService people;
    private final LiveUpdates liveUpdates;
    private final Grid<PersonSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final EmptyState noMatch;
    private List<PersonSummary> all = List.of();

    PeopleView(PeopleService people, LiveUpdates liveUpdates) {
        this.people = people;
        this.liveUpdates = liveUpdates;
        addClassName("people-view");
        setSizeFull();

        H2 title = new H2("People");
        Button add = new Button("Add person", VaadinIcon.PLUS.create(), e -> openNew());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.KEY_N, com.vaadin.flow.component.KeyModifier.ALT);
        add.setTooltipText("Add a person (Alt+N)");

        search.setPlaceholder("Search name, username or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        search.setWidth("22rem");
        search.setAriaLabel("Search people");

        HorizontalLayout toolbar = new HorizontalLayout(title, search, add);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(title);

        grid.addComponentColumn(this::nameCell).setHeader("Name").setFlexGrow(2).setSortable(true)
                .setComparator(PersonSummary::fullName);
        grid.addColumn(PersonSummary::username).setHeader("Username").setSortable(true);
        grid.addColumn(PersonSummary::email).setHeader("Email").setFlexGrow(2);
        grid.addComponentColumn(p -> new TeamBadge(p.team())).setHeader("Team").setAutoWidth(true)
                .setComparator(PersonSummary::team);
        grid.addColumn(p -> p.role().label()).setHeader("Role").setAutoWidth(true).setSortable(true);
        grid.addComponentColumn(this::statusCell).setHeader("Status").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.CENTER);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> openEdit(e.getItem()));
        grid.setSizeFull();
        grid.setAriaLabel("People");

        noMatch = new EmptyState(VaadinIcon.SEARCH, "Nobody matches",
                "Try a shorter search, or clear it to see everyone.");
        noMatch.setVisible(false);

        add(toolbar, grid, noMatch);
        expand(grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        reload();
        liveUpdates.subscribe(this, Topics.PEOPLE, notice -> reload());
    }

    void reload() {
        all = people.listAll();
        applyFilter();
    }

    private void applyFilter() {
        String q = search.getValue().trim().toLowerCase(Locale.ROOT);
        List<PersonSummary> shown = q.isEmpty() ? all : all.stream()
                .filter(p -> p.fullName().toLowerCase(Locale.ROOT).contains(q)
                        || p.username().contains(q)
                        || p.email().toLowerCase(Locale.ROOT).contains(q))
                .toList();
        grid.setItems(shown);
        noMatch.setVisible(shown.isEmpty());
        grid.setVisible(!shown.isEmpty());
    }

    private HorizontalLayout nameCell(PersonSummary p) {
        Avatar avatar = new Avatar(p.fullName());
        avatar.setAbbreviation(p.initials());
        avatar.setColorIndex(p.team().colorIndex());
        avatar.addThemeName("xsmall");
        HorizontalLayout cell = new HorizontalLayout(avatar, new Span(p.fullName()));
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.setSpacing(true);
        return cell;
    }

    private Span statusCell(PersonSummary p) {
        Span status = new Span(p.active() ? "Active" : "Deactivated");
        status.addClassNames("status-pill", p.active() ? "status-active" : "status-inactive");
        return status;
    }

    private void openNew() {
        new PersonDialog(people, null, this::reload).open();
    }

    private void openEdit(PersonSummary person) {
        new PersonDialog(people, person, this::reload).open();
    }

}
