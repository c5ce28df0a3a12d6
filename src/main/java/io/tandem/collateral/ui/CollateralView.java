package io.tandem.collateral.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.tandem.base.CurrentUser;
import io.tandem.base.Team;
import io.tandem.base.ui.EmptyState;
import io.tandem.base.ui.TimeAgo;
import io.tandem.campaign.CampaignRef;
import io.tandem.campaign.CampaignService;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collateral.AssetState;
import io.tandem.collateral.AssetSummary;
import io.tandem.collateral.AssetType;
import io.tandem.collateral.BuyerStage;
import io.tandem.collateral.CollateralService;
import io.tandem.collateral.ContentRequestService;
import io.tandem.collateral.RequestInfo;
import io.tandem.collateral.RequestStatus;
import io.tandem.base.ValidationException;
import io.tandem.collateral.LibraryQuery;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;

/**
 * Collateral: the sales library (published assets, searchable and filterable, newest or most used first),
 * "Waiting for me" (reviews asked of the signed-in person), and every asset in the works. Live: any change to
 * any asset refreshes all three.
 */
@Route("collateral")
@PageTitle("Collateral · Tandem")
@Menu(title = "Collateral", order = 20, icon = "vaadin:file-text-o")
@PermitAll
public class CollateralView extends Div implements BeforeEnterObserver {

    private final CollateralService collateral;
    private final CampaignService campaigns;
    private final LiveUpdates liveUpdates;
    private final ContentRequestService requestService;

    final TabSheet tabs = new TabSheet();
    final TextField search = new TextField();
    final Select<AssetType> typeFilter = new Select<>();
    final Select<BuyerStage> stageFilter = new Select<>();
    final ComboBox<CampaignRef> campaignFilter = new ComboBox<>();
    final Select<LibraryQuery.Sort> sort = new Select<>();
    final Grid<AssetSummary> library = grid("Sales library");
    final Grid<AssetSummary> queue = grid("Reviews waiting for me");
    final Grid<AssetSummary> workbench = grid("Assets in the works");
    final Button newAsset = new Button("New asset", VaadinIcon.PLUS.create());
    final Grid<RequestInfo> requests = new Grid<>();
    final Button ask = new Button("Ask for content", VaadinIcon.QUESTION_CIRCLE_O.create());
    private final EmptyState requestsEmpty;
    private final boolean marketing;
    private final EmptyState libraryEmpty;
    private final EmptyState queueEmpty;
    private final Tab queueTab;

    CollateralView(CollateralService collateral, ContentRequestService requestService, CampaignService campaigns,
            LiveUpdates liveUpdates) {
        this.collateral = collateral;
        this.requestService = requestService;
        this.campaigns = campaigns;
        this.liveUpdates = liveUpdates;
        addClassNames("feature-view", "collateral-view");

        H2 title = new H2("Collateral");
        newAsset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newAsset.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        newAsset.setTooltipText("Start a new asset (Alt+N)");
        newAsset.addClickListener(e -> new AssetDialog(collateral, campaigns, null,
                saved -> UI.getCurrent().navigate("collateral/" + saved.id())).open());
        marketing = CurrentUser.require().team() == Team.MARKETING;
        newAsset.setVisible(marketing);
        HorizontalLayout header = new HorizontalLayout(title, newAsset);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(title);

        search.setPlaceholder("Search title or description");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search the library");
        search.addValueChangeListener(e -> reloadLibrary());
        typeFilter.setLabel("Type");
        typeFilter.setItems(AssetType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption("Any type");
        typeFilter.setItemLabelGenerator(t -> t == null ? "Any type" : t.label());
        typeFilter.addValueChangeListener(e -> reloadLibrary());
        stageFilter.setLabel("Buyer stage");
        stageFilter.setItems(BuyerStage.values());
        stageFilter.setEmptySelectionAllowed(true);
        stageFilter.setEmptySelectionCaption("Any stage");
        stageFilter.setItemLabelGenerator(s -> s == null ? "Any stage" : s.label());
        stageFilter.addValueChangeListener(e -> reloadLibrary());
        campaignFilter.setLabel("Campaign");
        campaignFilter.setPlaceholder("Any campaign");
        campaignFilter.setClearButtonVisible(true);
        campaignFilter.setItemLabelGenerator(CampaignRef::name);
        campaignFilter.addValueChangeListener(e -> reloadLibrary());
        sort.setLabel("Order");
        sort.setItems(LibraryQuery.Sort.values());
        sort.setItemLabelGenerator(LibraryQuery.Sort::label);
        sort.setValue(LibraryQuery.Sort.NEWEST);
        sort.addValueChangeListener(e -> reloadLibrary());
        HorizontalLayout filters = new HorizontalLayout(search, typeFilter, stageFilter, campaignFilter, sort);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("collateral-filters");
        filters.setWrap(true);

        library.addColumn(AssetSummary::title).setHeader("Title").setFlexGrow(3);
        library.addColumn(a -> a.type().label()).setHeader("Type").setAutoWidth(true);
        library.addColumn(a -> a.stage().label()).setHeader("Stage").setAutoWidth(true);
        library.addColumn(a -> a.campaignName() == null ? "—" : a.campaignName()).setHeader("Campaign");
        library.addComponentColumn(CollateralView::usage).setHeader("Used").setAutoWidth(true);
        library.addColumn(a -> a.publishedAt() == null ? "" : TimeAgo.of(a.publishedAt())).setHeader("Published")
                .setAutoWidth(true);
        libraryEmpty = new EmptyState(VaadinIcon.BOOK, "Nothing in the library matches",
                "Clear the filters, or ask marketing for what you need.");
        Div libraryPanel = new Div(filters, library, libraryEmpty);
        libraryPanel.addClassName("collateral-panel");

        queue.addColumn(AssetSummary::title).setHeader("Title").setFlexGrow(3);
        queue.addColumn(a -> "Version " + a.currentVersionNo()).setHeader("Version").setAutoWidth(true);
        queue.addColumn(AssetSummary::ownerName).setHeader("Owner");
        queue.addComponentColumn(CollateralView::due).setHeader("Due").setAutoWidth(true);
        queueEmpty = new EmptyState(VaadinIcon.CHECK_CIRCLE_O, "No reviews waiting for you",
                "When someone asks you to review collateral, it shows up here and on your home.");
        Div queuePanel = new Div(queue, queueEmpty);
        queuePanel.addClassName("collateral-panel");

        workbench.addColumn(AssetSummary::title).setHeader("Title").setFlexGrow(3);
        workbench.addComponentColumn(CollateralView::statePill).setHeader("State").setAutoWidth(true);
        workbench.addColumn(a -> a.type().label()).setHeader("Type").setAutoWidth(true);
        workbench.addColumn(AssetSummary::ownerName).setHeader("Owner");
        workbench.addColumn(a -> TimeAgo.of(a.updatedAt())).setHeader("Changed").setAutoWidth(true);
        Div workbenchPanel = new Div(workbench);
        workbenchPanel.addClassName("collateral-panel");

        ask.addClickListener(e -> new RequestDialog(requestService, this::reload).open());
        if (!marketing) {
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        requests.addColumn(RequestInfo::title).setHeader("Request").setFlexGrow(3);
        requests.addColumn(RequestInfo::requesterName).setHeader("Asked by");
        requests.addColumn(r -> TimeAgo.of(r.createdAt())).setHeader("When").setAutoWidth(true);
        requests.addComponentColumn(this::progress).setHeader("Progress").setFlexGrow(3);
        requests.addComponentColumn(this::requestActions).setHeader("").setKey("actions").setAutoWidth(true);
        requests.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        requests.setAllRowsVisible(true);
        requests.setAriaLabel("Content requests");
        requestsEmpty = new EmptyState(VaadinIcon.QUESTION_CIRCLE_O, "No content requests",
                "Sales: missing something for a deal? Ask marketing for it here.");
        Div requestsPanel = new Div(ask, requests, requestsEmpty);
        requestsPanel.addClassName("collateral-panel");

        tabs.add("Library", libraryPanel);
        queueTab = tabs.add("Waiting for me", queuePanel);
        tabs.add("All assets", workbenchPanel);
        tabs.add("Requests", requestsPanel);
        tabs.setWidthFull();
        add(header, tabs);
    }

    private static Grid<AssetSummary> grid(String label) {
        Grid<AssetSummary> g = new Grid<>();
        g.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        g.setAllRowsVisible(true);
        g.setAriaLabel(label);
        g.addItemClickListener(e -> UI.getCurrent().navigate(e.getItem().route()));
        return g;
    }

    /** {@code /collateral?campaign=42} opens the library filtered to one campaign (linked from its workspace). */
    private Long campaignFromLink;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        campaignFromLink = event.getLocation().getQueryParameters().getSingleParameter("campaign")
                .filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        List<CampaignRef> refs = campaigns.refs();
        campaignFilter.setItems(refs);
        if (campaignFromLink != null) {
            refs.stream().filter(r -> r.id().equals(campaignFromLink)).findFirst().ifPresent(campaignFilter::setValue);
        }
        reload();
        liveUpdates.subscribe(this, CollateralService.LIST_TOPIC, notice -> reload());
    }

    void reload() {
        reloadLibrary();
        List<AssetSummary> waiting = collateral.waitingForMe();
        queue.setItems(waiting);
        queue.setVisible(!waiting.isEmpty());
        queueEmpty.setVisible(waiting.isEmpty());
        queueTab.setLabel(waiting.isEmpty() ? "Waiting for me" : "Waiting for me (" + waiting.size() + ")");
        workbench.setItems(collateral.workbench());
        List<RequestInfo> all = requestService.list();
        requests.setItems(all);
        requests.setVisible(!all.isEmpty());
        requestsEmpty.setVisible(all.isEmpty());
    }

    private Component progress(RequestInfo r) {
        Span status = new Span(r.status().label());
        status.addClassNames("status-pill", "request-" + r.status().name().toLowerCase(java.util.Locale.ROOT));
        Div cell = new Div(status, new Span(r.status() == RequestStatus.OPEN ? "" : r.progress()));
        cell.addClassName("request-row");
        if (r.assetId() != null) {
            cell.add(new com.vaadin.flow.component.html.Anchor("collateral/" + r.assetId(), "Open the asset"));
        }
        return cell;
    }

    private Component requestActions(RequestInfo r) {
        HorizontalLayout actions = new HorizontalLayout();
        if (marketing && r.status() == RequestStatus.OPEN) {
            Button accept = new Button("Accept", e -> {
                try {
                    RequestInfo accepted = requestService.accept(r.id(), null, null);
                    AssetView.done("Accepted: a draft is ready for you to fill in");
                    UI.getCurrent().navigate("collateral/" + accepted.assetId());
                } catch (ValidationException ex) {
                    AssetView.error(String.join(" ", ex.fieldErrors().values()));
                    reload();
                }
            });
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button("Decline", e -> new ReasonDialog("Decline \"" + r.title() + "\"?",
                    r.requesterName() + " is told, with your reason.", "Decline",
                    reason -> requestService.decline(r.id(), reason), this::reload).open());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(accept, decline);
        }
        return actions;
    }

    private void reloadLibrary() {
        CampaignRef campaign = campaignFilter.getValue();
        List<AssetSummary> found = collateral.library(new LibraryQuery(search.getValue(), typeFilter.getValue(),
                stageFilter.getValue(), campaign == null ? null : campaign.id(), sort.getValue()));
        library.setItems(found);
        library.setVisible(!found.isEmpty());
        libraryEmpty.setVisible(found.isEmpty());
    }

    static Span statePill(AssetSummary a) {
        return statePill(a.state());
    }

    static Span statePill(AssetState state) {
        Span pill = new Span(state.label());
        pill.addClassNames("status-pill", state.cssClass());
        return pill;
    }

    private static Component usage(AssetSummary a) {
        Span s = new Span(a.uses() + (a.helpful() + a.notHelpful() > 0
                ? " · " + a.helpful() + " helpful, " + a.notHelpful() + " not" : ""));
        s.addClassName("asset-usage");
        s.setTitle(a.uses() + " uses; " + a.helpful() + " said helpful, " + a.notHelpful() + " not helpful");
        return s;
    }

    private static Component due(AssetSummary a) {
        if (a.dueDate() == null) {
            return new Span("—");
        }
        boolean overdue = a.dueDate().isBefore(LocalDate.now());
        Span s = new Span((overdue ? "Overdue · " : "") + a.dueDate());
        if (overdue) {
            s.addClassName("overdue");
        }
        return s;
    }
}
