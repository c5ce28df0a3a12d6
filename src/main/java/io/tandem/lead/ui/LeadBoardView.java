package io.tandem.lead.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.tandem.base.StaleEditException;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import io.tandem.base.ui.CsvDownload;
import io.tandem.campaign.CampaignRef;
import io.tandem.campaign.CampaignService;
import io.tandem.collaboration.Collaboration;
import io.tandem.collaboration.LiveNotice;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.lead.ContactKind;
import io.tandem.lead.ColumnSlice;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadDefinitionService;
import io.tandem.lead.LeadDefinitionView;
import io.tandem.lead.LeadFilter;
import io.tandem.lead.LeadFeedbackService;
import io.tandem.lead.LeadImportService;
import io.tandem.lead.LeadService;
import io.tandem.lead.LeadStage;
import io.tandem.lead.MeetingView;
import io.tandem.lead.StageMachine;
import io.tandem.lead.TriageMeetingService;
import io.tandem.collaboration.SharedState;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import io.tandem.people.CurrentPerson;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import io.tandem.people.Role;
import io.tandem.people.TandemUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.springframework.core.task.TaskExecutor;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The live lead board: one column per stage, cards moved by drag and drop, the card menu or the keyboard, the
 * lead definition in force on top, filters, presence avatars, and every change by anyone shown at once.
 */
@Route("leads")
@PageTitle("Lead board · Tandem")
@Menu(title = "Lead board", order = 30, icon = "vaadin:filter")
@PermitAll
public class LeadBoardView extends Div implements BeforeEnterObserver {

    final LeadService leads;
    final LeadDefinitionService definitions;
    private final PeopleService people;
    private final CampaignService campaigns;
    private final LiveUpdates liveUpdates;
    private final Clock clock;
    final TriageMeetingService meetings;
    private final SharedState sharedState;
    final TandemUser me;
    final Div meetingBar = new Div();
    final Div focusPanel = new Div();
    final Button startMeeting = new Button("Start triage meeting", VaadinIcon.GROUP.create());
    final Button endMeeting = new Button("End meeting");
    final Button nextLead = new Button("Next lead", VaadinIcon.ARROW_RIGHT.create());
    private SharedState.Handle meetingState;
    final com.vaadin.flow.component.html.Anchor exportCsv;
    /** The filter of the last reload, read by the CSV download (which runs outside the UI thread). */
    private volatile LeadFilter exportFilter = LeadFilter.ALL;
    private Optional<MeetingView> meeting = Optional.empty();
    Long focusedLeadId;

    final ComboBox<CampaignRef> campaignFilter = new ComboBox<>("Campaign");
    final ComboBox<PersonSummary> ownerFilter = new ComboBox<>("Owner");
    final Checkbox overdueOnly = new Checkbox("Overdue only");
    final Checkbox myLeads = new Checkbox("My leads");
    final Button definitionButton = new Button();
    final Button addLead = new Button("Add lead", VaadinIcon.PLUS.create());
    final Button importCsv = new Button("Import CSV", VaadinIcon.UPLOAD.create());
    final Button feedbackButton = new Button("Feedback for this campaign", VaadinIcon.COMMENTS_O.create());
    final Map<LeadStage, ColumnView> columns = new EnumMap<>(LeadStage.class);
    private Map<Long, PersonSummary> peopleById = Map.of();
    private Map<Long, CampaignRef> campaignsById = Map.of();
    private Optional<LeadDefinitionView> definition = Optional.empty();
    private Instant now;

    LeadBoardView(LeadService leads, LeadDefinitionService definitions, PeopleService people,
            CampaignService campaigns, LiveUpdates liveUpdates, Collaboration collaboration,
            CurrentPerson currentPerson, Clock clock, TriageMeetingService meetings, SharedState sharedState,
            LeadImportService imports, TaskExecutor executor, LeadFeedbackService feedback) {
        this.meetings = meetings;
        this.sharedState = sharedState;
        this.leads = leads;
        this.definitions = definitions;
        this.people = people;
        this.campaigns = campaigns;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
        this.me = currentPerson.require();
        this.now = clock.instant();
        addClassName("lead-board-view");

        H2 title = new H2("Lead board");
        definitionButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        definitionButton.addClassName("lead-definition-chip");
        definitionButton.addClickListener(e -> new DefinitionDialog(this).open());
        addLead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addLead.addClickListener(e -> new AddLeadDialog(this).open());
        addLead.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        addLead.setTooltipText("Add a lead (Alt+N)");
        addLead.setVisible(me.team() == Team.MARKETING || me.role() == Role.ADMIN);
        importCsv.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importCsv.setVisible(addLead.isVisible());
        importCsv.setTooltipText("Import leads from a HubSpot or Salesforce CSV export");
        importCsv.addClickListener(e -> {
            ImportDialog dialog = new ImportDialog(imports, campaignRefs(), executor);
            dialog.onImported(this::reloadColumns);
            dialog.open();
        });
        exportCsv = CsvDownload.link("Export CSV", () -> "leads.csv",
                out -> leads.export(exportFilter, out));
        exportCsv.addClassName("lead-export");
        exportCsv.getElement().setAttribute("title", "All leads matching the filters, as CSV");
        Div header = new Div(title, definitionButton, collaboration.avatars(LeadService.BOARD_TOPIC), exportCsv,
                importCsv, addLead);
        header.addClassName("lead-board-header");

        campaignFilter.setItemLabelGenerator(CampaignRef::name);
        campaignFilter.setClearButtonVisible(true);
        campaignFilter.setPlaceholder("All campaigns");
        ownerFilter.setItemLabelGenerator(PersonSummary::fullName);
        ownerFilter.setClearButtonVisible(true);
        ownerFilter.setPlaceholder("Anyone");
        campaignFilter.addValueChangeListener(e -> {
            reloadColumns();
            feedbackButton.setVisible(e.getValue() != null);
        });
        feedbackButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        feedbackButton.setVisible(false);
        feedbackButton.setTooltipText("Sales' verdicts and reasons on this campaign's leads, live");
        feedbackButton.addClickListener(e -> {
            CampaignRef c = campaignFilter.getValue();
            if (c != null) {
                com.vaadin.flow.component.dialog.Dialog d = new com.vaadin.flow.component.dialog.Dialog(
                        new LeadFeedbackPanel(feedback, liveUpdates, c.id()));
                d.setHeaderTitle("Feedback on " + c.name());
                d.setWidth("min(44rem, 96vw)");
                d.getFooter().add(new Button("Close", ev -> d.close()));
                d.open();
            }
        });
        ownerFilter.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() == null || !e.getValue().id().equals(me.personId())) {
                myLeads.setValue(e.getValue() != null && e.getValue().id().equals(me.personId()));
            }
            reloadColumns();
        });
        overdueOnly.addValueChangeListener(e -> reloadColumns());
        myLeads.addValueChangeListener(e -> {
            if (e.getValue()) {
                ownerFilter.setValue(peopleById.get(me.personId()));
            } else if (ownerFilter.getValue() != null && ownerFilter.getValue().id().equals(me.personId())) {
                ownerFilter.clear();
            }
        });
        Div filters = new Div(campaignFilter, ownerFilter, overdueOnly, myLeads, feedbackButton);
        filters.addClassName("lead-board-filters");

        Div board = new Div();
        board.addClassName("lead-board");
        for (LeadStage stage : List.of(LeadStage.NEW, LeadStage.MQL, LeadStage.ACCEPTED, LeadStage.WORKING,
                LeadStage.WON, LeadStage.LOST, LeadStage.NURTURE)) {
            ColumnView column = new ColumnView(this, stage);
            columns.put(stage, column);
            board.add(column);
        }
        meetingBar.addClassName("lead-meeting-bar");
        focusPanel.addClassName("lead-focus");
        focusPanel.setVisible(false);
        startMeeting.addClickListener(e -> {
            try {
                meetings.start();
            } catch (ValidationException | AccessDeniedException ex) {
                warn(ex.getMessage());
            }
            refresh();
        });
        startMeeting.setVisible(me.role() == Role.TEAM_LEAD || me.role() == Role.ADMIN);
        endMeeting.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endMeeting.addClickListener(e -> confirmEnd());
        nextLead.addClickListener(e -> focusNext());
        nextLead.addClickShortcut(Key.KEY_J, KeyModifier.ALT);
        nextLead.setTooltipText("Focus the next handed-over lead (Alt+J)");
        add(header, filters, meetingBar, focusPanel, board);
    }

    boolean facilitating() {
        return meeting.map(m -> m.facilitatorId().equals(me.personId())).orElse(false);
    }

    private void renderMeeting() {
        meetingBar.removeAll();
        if (meeting.isEmpty()) {
            meetingBar.add(startMeeting);
            meetingBar.setVisible(startMeeting.isVisible());
            meetingBar.removeClassName("running");
            return;
        }
        MeetingView m = meeting.get();
        Span text = new Span("Triage meeting run by " + m.facilitatorName() + " · started "
                + io.tandem.base.ui.TimeAgo.of(m.startedAt()) + (facilitating()
                        ? " · choose “Focus in meeting” on a card, or Next lead" : " · your board follows the focus"));
        meetingBar.add(VaadinIcon.GROUP.create(), text);
        if (facilitating()) {
            meetingBar.add(nextLead);
        }
        if (facilitating() || me.role() == Role.ADMIN) {
            meetingBar.add(endMeeting);
        }
        meetingBar.addClassName("running");
        meetingBar.setVisible(true);
    }

    private void confirmEnd() {
        MeetingView m = meeting.orElse(null);
        if (m == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog("End the triage meeting?",
                "Everyone's board stops following the focus, and the summary of verdicts is saved.", "End meeting",
                e -> endMeetingNow(m.id()));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void endMeetingNow(Long meetingId) {
        try {
            var tallies = meetings.end(meetingId);
            if (meetingState != null) {
                meetingState.put("focus", null, false);
            }
            new MeetingSummaryDialog(this, tallies).open();
        } catch (ValidationException | AccessDeniedException ex) {
            warn(ex.getMessage());
        }
        refresh();
    }

    /** The facilitator puts a lead in focus for everyone on the board. */
    void focus(LeadCard lead) {
        if (!facilitating()) {
            warn("Only the facilitator chooses the lead in focus");
            return;
        }
        if (meetingState == null || !meetingState.put("focus", String.valueOf(lead.id()), false)) {
            warn("Still connecting to the meeting, try again in a moment");
        }
    }

    private void focusNext() {
        List<CardView> queue = columns.get(LeadStage.MQL).cardViews;
        queue.stream().map(c -> c.lead).filter(l -> !l.id().equals(focusedLeadId)).reduce((a, b) -> b)
                .ifPresentOrElse(this::focus, () -> warn("No handed-over lead is waiting"));
    }

    /** Who is acting on which card: person key → {lead id, colour index, name}. */
    private final Map<String, String[]> acting = new java.util.HashMap<>();

    /** Tells everyone on the board that the signed-in person acts on {@code lead} while {@code dialog} is open. */
    void actingOn(LeadCard lead, com.vaadin.flow.component.dialog.Dialog dialog) {
        String key = "acting:" + me.personId();
        if (meetingState != null) {
            meetingState.put(key, lead.id() + "|" + me.team().colorIndex() + "|" + me.fullName(), true);
        }
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened() && meetingState != null) {
                meetingState.put(key, null, true);
            }
        });
    }

    SharedState.Handle sharedState() {
        return meetingState;
    }

    private void renderActors() {
        String mine = "acting:" + me.personId();
        columns.values().forEach(c -> c.cardViews.forEach(v -> v.showActors(acting.entrySet().stream()
                .filter(e -> !e.getKey().equals(mine) && e.getValue()[0].equals(String.valueOf(v.lead.id())))
                .map(java.util.Map.Entry::getValue).toList())));
    }

    private void onSharedState(String key, String value) {
        if (key.startsWith("acting:")) {
            if (value == null) {
                acting.remove(key);
            } else {
                acting.put(key, value.split("\\|", 3));
            }
            renderActors();
            return;
        }
        if ("focus".equals(key)) {
            focusedLeadId = value == null ? null : Long.valueOf(value);
            renderFocus();
            columns.values().forEach(c -> c.cardViews.forEach(v -> v.setClassName("in-focus",
                    v.lead.id().equals(focusedLeadId))));
        }
    }

    void renderFocus() {
        focusPanel.removeAll();
        if (meeting.isEmpty() || focusedLeadId == null) {
            focusPanel.setVisible(false);
            return;
        }
        LeadCard lead;
        try {
            lead = leads.get(focusedLeadId);
        } catch (io.tandem.base.ItemNotFoundException e) {
            focusPanel.setVisible(false);
            return;
        }
        H3 title = new H3("In focus: " + lead.name() + (lead.company() == null ? "" : " · " + lead.company()));
        Div actions = new Div();
        actions.addClassName("lead-focus-actions");
        for (LeadStage target : LeadStage.values()) {
            if (allowed(lead, target)) {
                Button b = new Button(CardView.actionLabel(lead.stage(), target), e -> act(lead, target));
                if (target == LeadStage.ACCEPTED) {
                    b.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
                }
                actions.add(b);
            }
        }
        focusPanel.add(title, actions, LeadDetailsDialog.LeadDetails.of(this, lead));
        focusPanel.setVisible(true);
    }

    /** {@code /leads?campaign=42} opens the board filtered to one campaign (linked from its workspace). */
    private Long campaignFromLink;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        campaignFromLink = event.getLocation().getQueryParameters().getSingleParameter("campaign")
                .filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        peopleById = people.listActive().stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<CampaignRef> refs = campaigns.refs();
        campaignsById = refs.stream().collect(Collectors.toMap(CampaignRef::id, Function.identity()));
        campaignFilter.setItems(refs);
        if (campaignFromLink != null && campaignsById.containsKey(campaignFromLink)) {
            campaignFilter.setValue(campaignsById.get(campaignFromLink));
        }
        // everyone, so "My leads" works for anyone; leads are owned by Sales (or an admin who accepted one)
        ownerFilter.setItems(peopleById.values().stream()
                .sorted(java.util.Comparator.comparing(PersonSummary::fullName)).toList());
        refresh();
        liveUpdates.subscribe(this, LeadService.BOARD_TOPIC, this::onNotice);
        meetingState = sharedState.join(this, TriageMeetingService.FOCUS_TOPIC, this::onSharedState);
    }

    /**
     * Someone changed the board. A change to one lead reloads only the columns it left and entered (two small
     * queries each; unchanged cards stay as they are); anything else (an import, a definition, a meeting) reloads
     * the whole board.
     */
    void onNotice(LiveNotice notice) {
        Long leadId = notice.kind().startsWith("lead-") && !notice.kind().startsWith("lead-import")
                && notice.itemId() != null ? parseId(notice.itemId()) : null;
        if (leadId == null) {
            refresh();
            return;
        }
        now = clock.instant();
        java.util.EnumSet<LeadStage> touched = java.util.EnumSet.noneOf(LeadStage.class);
        columns.values().forEach(c -> c.cardViews.stream().filter(v -> v.lead.id().equals(leadId)).findAny()
                .ifPresent(v -> touched.add(c.stage)));
        try {
            touched.add(leads.get(leadId, notice.id()).stage());
        } catch (io.tandem.base.ItemNotFoundException gone) {
            // removed: the columns that showed it are enough
        }
        // every open board reloads the same columns for this notice: the first reads them, the others share it
        touched.forEach(stage -> columns.get(stage).reload(notice.id()));
        touched.forEach(stage -> columns.get(stage).cardViews.forEach(v -> v.setClassName("in-focus",
                v.lead.id().equals(focusedLeadId))));
        renderActors();
        if (leadId.equals(focusedLeadId)) {
            renderFocus();
        }
    }

    private static Long parseId(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reloads the definition in force and every column from the database. */
    void refresh() {
        definition = definitions.inForce();
        definitionButton.setText(definition.map(d -> "Definition v" + d.versionNo() + " in force · SLA "
                + d.slaHours() + " business hours").orElse("No lead definition signed yet"));
        definitionButton.setIcon(definition.isPresent() ? VaadinIcon.CHECK_CIRCLE.create()
                : VaadinIcon.WARNING.create());
        Optional<MeetingView> before = meeting;
        meeting = meetings.current();
        renderMeeting();
        reloadColumns();
        renderFocus();
        if (before.isPresent() && meeting.isEmpty() && !before.get().facilitatorId().equals(me.personId())) {
            new MeetingSummaryDialog(this, meetings.summary(before.get().id())).open();
        }
    }

    void reloadColumns() {
        now = clock.instant();
        exportFilter = filter();
        columns.values().forEach(c -> c.reload(null));
        columns.values().forEach(c -> c.cardViews.forEach(v -> v.setClassName("in-focus",
                v.lead.id().equals(focusedLeadId))));
        renderActors();
    }

    LeadFilter filter() {
        return new LeadFilter(campaignFilter.getValue() == null ? null : campaignFilter.getValue().id(),
                ownerFilter.getValue() == null ? null : ownerFilter.getValue().id(), overdueOnly.getValue());
    }

    /** The first {@code upTo} cards of a column and its count; {@code notice}: see {@link LeadService#slice}. */
    ColumnSlice slice(LeadStage stage, int upTo, String notice) {
        return leads.slice(stage, filter(), upTo, notice);
    }

    Instant now() {
        return now;
    }

    Optional<LeadDefinitionView> definition() {
        return definition;
    }

    PersonSummary person(Long id) {
        return id == null ? null : peopleById.get(id);
    }

    String campaignName(Long id) {
        CampaignRef ref = id == null ? null : campaignsById.get(id);
        return ref == null ? null : ref.name();
    }

    List<CampaignRef> campaignRefs() {
        return List.copyOf(campaignsById.values());
    }

    boolean allowed(LeadCard lead, LeadStage target) {
        return StageMachine.refusal(lead.stage(), target, me.team(), me.role() == Role.ADMIN).isEmpty();
    }

    boolean canLogContact(LeadCard lead) {
        return lead.stage().slaRelevant() && lead.firstContactAt() == null
                && (me.team() == Team.SALES || me.role() == Role.ADMIN);
    }

    /** A card was dropped on a column: invalid moves are refused with the reason. */
    void drop(LeadCard lead, LeadStage target) {
        if (lead.stage() == target) {
            return;
        }
        act(lead, target);
    }

    /** Moves a lead from the menu, keyboard or a drop; verdicts needing a reason open their dialog. */
    void act(LeadCard lead, LeadStage target) {
        String refusal = leads.refusal(lead, target);
        if (refusal != null) {
            warn(refusal);
            return;
        }
        if (target == LeadStage.LOST && lead.stage() == LeadStage.MQL) {
            RejectDialog dialog = new RejectDialog(this, lead);
            actingOn(lead, dialog);
            dialog.open();
        } else if (target == LeadStage.NURTURE) {
            RecycleDialog dialog = new RecycleDialog(this, lead);
            actingOn(lead, dialog);
            dialog.open();
        } else {
            run(() -> leads.move(lead.id(), lead.version(), target),
                    lead.name() + " → " + target.label());
        }
    }

    void openContact(LeadCard lead) {
        if (!canLogContact(lead)) {
            warn(lead.firstContactAt() != null ? "First contact was logged already"
                    : "Only Sales logs contact, on leads handed over to sales");
            return;
        }
        ContactDialog dialog = new ContactDialog(this, lead);
        actingOn(lead, dialog);
        dialog.open();
    }

    void logContact(LeadCard lead, ContactKind kind) {
        run(() -> leads.logContact(lead.id(), lead.version(), kind), kind.label() + " " + lead.name());
    }

    void openDetails(LeadCard lead) {
        LeadDetailsDialog dialog = new LeadDetailsDialog(this, leads.get(lead.id()));
        actingOn(lead, dialog);
        dialog.open();
    }

    /** Runs a change; reports stale edits, refusals and bad input, and reloads the board. */
    boolean run(Runnable change, String success) {
        try {
            change.run();
            Notification.show(success, 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reloadColumns();
            return true;
        } catch (StaleEditException | AccessDeniedException e) {
            warn(e.getMessage());
            refresh();
        } catch (ValidationException e) {
            warn(e.getMessage());
        }
        return false;
    }

    static void warn(String message) {
        Notification n = Notification.show(message, 5000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
