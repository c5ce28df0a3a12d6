package io.tandem.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.tandem.base.Team;
import io.tandem.base.ui.EmptyState;
import io.tandem.campaign.CampaignFilter;
import io.tandem.campaign.CampaignRow;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.CampaignStatus;
import io.tandem.collaboration.SettledUpdates;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** All campaigns, lazily loaded: filter by status, team and "mine", search by name; start a new one by name. */
@Route("campaigns")
@PageTitle("Campaigns · Tandem")
@Menu(title = "Campaigns", order = 10, icon = "vaadin:calendar-user")
@PermitAll
public class CampaignsView extends VerticalLayout {

    /** The kinds of campaign notice that change nothing the list shows. */
    private static final Set<String> NOT_SHOWN = Set.of("tasks-changed");

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final CampaignService campaigns;
    private final SettledUpdates settledUpdates;
    final Grid<CampaignRow> grid = new Grid<>();
    final TextField search = new TextField();
    final MultiSelectComboBox<CampaignStatus> status = new MultiSelectComboBox<>();
    final Select<Team> team = new Select<>();
    final Checkbox mine = new Checkbox("Only mine");
    final ConfigurableFilterDataProvider<CampaignRow, Void, CampaignFilter> rows;
    private final Div empty = new Div();

    CampaignsView(CampaignService campaigns, SettledUpdates settledUpdates) {
        this.campaigns = campaigns;
        this.settledUpdates = settledUpdates;
        addClassName("campaigns-view");
        setSizeFull();

        H2 title = new H2("Campaigns");
        Button create = new Button("New campaign", VaadinIcon.PLUS.create(), e -> newCampaign());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.setTooltipText("Start a campaign with just a name (Alt+N)");
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);

        search.setPlaceholder("Search by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search campaigns by name");
        status.setPlaceholder("Any status");
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(CampaignStatus::label);
        status.setAriaLabel("Status");
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption("Any team");
        team.setItems(Team.values());
        team.setItemLabelGenerator(t -> t == null ? "Any team" : "With " + t.label());
        team.setAriaLabel("Team taking part");
        HorizontalLayout filters = new HorizontalLayout(search, status, team, mine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filters");

        CallbackDataProvider<CampaignRow, CampaignFilter> callbacks = DataProvider.fromFilteringCallbacks(
                q -> campaigns.list(q.getFilter().orElse(CampaignFilter.all()), q.getOffset(), q.getLimit()).stream(),
                q -> campaigns.count(q.getFilter().orElse(CampaignFilter.all())));
        rows = callbacks.withConfigurableFilter();

        grid.addComponentColumn(r -> {
            Span name = new Span(r.name());
            name.addClassName("campaign-name");
            return name;
        }).setHeader("Campaign").setFlexGrow(3).setWidth("12rem");
        grid.addComponentColumn(r -> statusPill(r.status())).setHeader("Status").setAutoWidth(true);
        // widths rather than content widths, and long cells wrap (below): every column fits a laptop-sized window
        grid.addColumn(r -> dates(r)).setHeader("Dates").setFlexGrow(1).setWidth("9rem");
        grid.addColumn(CampaignRow::ownerName).setHeader("Owner").setFlexGrow(1).setWidth("8rem");
        grid.addComponentColumn(r -> {
            Span s = new Span(String.valueOf(r.salesParticipants()));
            if (r.salesParticipants() == 0) {
                s.setText("none");
                s.addClassName("warn-text");
                s.setTitle("No one from Sales takes part yet");
            }
            return s;
        }).setHeader("Sales in the plan").setFlexGrow(0).setWidth("7.5rem");
        grid.addComponentColumn(r -> {
            Span s = new Span(String.valueOf(r.openQuestions()));
            if (r.openQuestions() > 0) {
                s.addClassName("count-pill");
            }
            return s;
        }).setHeader("Open questions").setFlexGrow(0).setWidth("7.5rem");
        grid.addColumn(CampaignRow::signOff).setHeader("Sign-off").setFlexGrow(1).setWidth("12rem");
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> CampaignWorkspaceView.open(e.getItem().id()));
        grid.setAriaLabel("Campaigns");
        grid.setSizeFull();

        search.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        team.addValueChangeListener(e -> applyFilter());
        mine.addValueChangeListener(e -> applyFilter());

        empty.addClassName("list-empty");
        add(header, filters, grid, empty);
        expand(grid);
    }

    /**
     * Reads the list, then follows the campaigns' topic settled (one refresh per {@link SettledUpdates#DELAY} for a
     * burst), and not for tasks added, ticked or moved in a plan, of which the list shows nothing: in a planning
     * session every open list read its page again for each task (decision 0039).
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        applyFilter();
        settledUpdates.subscribe(this, List.of(CampaignService.LIST_TOPIC), burst -> {
            if (!NOT_SHOWN.containsAll(burst.kinds())) {
                rows.refreshAll();
                updateEmptyState();
            }
        });
    }

    private CampaignFilter filter() {
        return new CampaignFilter(status.getSelectedItems(), team.getValue(), mine.getValue(), search.getValue());
    }

    private void applyFilter() {
        rows.setFilter(filter());
        updateEmptyState();
    }

    private void updateEmptyState() {
        boolean none = campaigns.count(filter()) == 0;
        boolean filtered = !filter().equals(CampaignFilter.all());
        grid.setVisible(!none);
        empty.removeAll();
        empty.setVisible(none);
        if (none && filtered) {
            empty.add(new EmptyState(VaadinIcon.SEARCH, "No campaign matches",
                    "Loosen the filters or clear the search to see every campaign."));
        } else if (none) {
            Button start = new Button("Start the first campaign", e -> newCampaign());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty.add(new EmptyState(VaadinIcon.CALENDAR_USER, "No campaigns yet",
                    "A campaign starts with just a name; marketing and sales fill in the rest together.", start));
        }
    }

    private void newCampaign() {
        new NewCampaignDialog(campaigns).open();
    }

    static Span statusPill(CampaignStatus status) {
        Span pill = new Span(status.label());
        pill.addClassNames("status-pill", "campaign-" + status.name().toLowerCase(Locale.ROOT));
        return pill;
    }

    private static String dates(CampaignRow r) {
        if (r.startDate() == null && r.endDate() == null) {
            return "Not set";
        }
        return (r.startDate() == null ? "?" : DAY.format(r.startDate())) + " – "
                + (r.endDate() == null ? "?" : DAY.format(r.endDate()));
    }
}
