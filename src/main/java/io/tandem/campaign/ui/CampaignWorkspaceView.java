package io.tandem.campaign.ui;

import io.tandem.base.ui.Toast;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.tandem.base.ItemNotFoundException;
import io.tandem.base.ValidationException;
import io.tandem.campaign.CampaignSection;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.CampaignStatus;
import io.tandem.campaign.CampaignWorkspace;
import io.tandem.collaboration.Collaboration;
import io.tandem.collaboration.Discussion;
import io.tandem.collaboration.LiveNotice;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collaboration.Topics;
import io.tandem.people.CurrentPerson;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskExecutor;

/**
 * The joint planning session: the brief co-edited live, sales input, plan items, participants, sign-off,
 * history and a discussion, all updating for everyone in the workspace.
 */
@Route("campaigns/:campaignId(\\d+)")
@PermitAll
public class CampaignWorkspaceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CampaignService campaigns;
    private final PeopleService people;
    private final Collaboration collaboration;
    private final LiveUpdates liveUpdates;
    private final CurrentPerson currentPerson;
    private final transient io.tandem.base.db.DatabaseMonitor database;
    private final ObjectProvider<CampaignSection> sections;
    /** Spring's shared task threads: the brief saves on them (BriefForm). */
    private final transient TaskExecutor threads;

    private Long id;
    private CampaignWorkspace workspace;
    final H2 title = new H2();
    private final Div statusSlot = new Div();
    private final Div actions = new Div();
    private final Div nudge = new Div();
    BriefForm brief;
    SalesInputPanel input;
    PlanPanel plan;
    HistoryPanel history;
    private TabSheet tabs;
    private Tab historyTab;
    private Tab planTab;
    SignOffCard signOff;
    ParticipantsCard participants;
    private Tab inputTab;

    CampaignWorkspaceView(CampaignService campaigns, PeopleService people, Collaboration collaboration,
            LiveUpdates liveUpdates, CurrentPerson currentPerson, ObjectProvider<CampaignSection> sections,
            io.tandem.base.db.DatabaseMonitor database, TaskExecutor threads) {
        this.database = database;
        this.threads = threads;
        this.campaigns = campaigns;
        this.people = people;
        this.collaboration = collaboration;
        this.liveUpdates = liveUpdates;
        this.currentPerson = currentPerson;
        this.sections = sections;
        addClassName("workspace-view");
    }

    static void open(Long campaignId) {
        UI.getCurrent().navigate(CampaignWorkspaceView.class, new RouteParameters("campaignId", String.valueOf(campaignId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("campaignId")
                .orElseThrow(() -> new ItemNotFoundException("Campaign"));
        workspace = campaigns.workspace(id);
        build();
    }

    @Override
    public String getPageTitle() {
        return workspace == null ? "Campaign · Tandem" : workspace.ref().name() + " · Tandem";
    }

    private void build() {
        removeAll();
        String topic = Topics.item("campaign", id);

        Anchor back = new Anchor("campaigns", "← All campaigns");
        back.addClassName("back-link");
        title.addClassName("workspace-title");
        Div heading = new Div(title, statusSlot);
        heading.addClassName("workspace-heading");
        Div presence = new Div(new Span("In this workspace"), collaboration.avatars(topic));
        presence.addClassName("workspace-presence");
        actions.addClassName("workspace-actions");
        Div header = new Div(new Div(back, heading), presence, actions);
        header.addClassName("workspace-header");

        nudge.addClassName("nudge");

        List<PersonSummary> everyone = people.listActive();
        brief = new BriefForm(campaigns, collaboration, id, workspace, database, threads);
        input = new SalesInputPanel(campaigns, id, currentPerson.require());
        plan = new PlanPanel(campaigns, id, everyone);
        plan.setEditable(workspace.canEdit());
        history = new HistoryPanel(campaigns, id);
        tabs = new TabSheet();
        tabs.add("Brief", brief);
        inputTab = tabs.add("Sales input", input);
        planTab = tabs.add("Plan", plan);
        historyTab = tabs.add("History", history);
        sections.orderedStream().sorted(Comparator.comparingInt(CampaignSection::order))
                .forEach(section -> tabs.add(section.title(), section.create(id)));
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == historyTab) {
                history.reload();
            } else if (e.getSelectedTab() == planTab) {
                plan.reload();
            }
        });
        tabs.addClassName("workspace-tabs");

        signOff = new SignOffCard(campaigns, id);
        participants = new ParticipantsCard(campaigns, id, everyone, currentPerson.require().personId());
        Discussion discussion = collaboration.discussion(Topics.item("campaign", id) + "/discussion");
        discussion.onMessageSent(text -> {
            List<PersonSummary> mentioned = campaigns.mention(id, text);
            if (!mentioned.isEmpty()) {
                Notification.show("Notified " + String.join(", ", mentioned.stream().map(PersonSummary::fullName)
                        .toList()), 3000, Notification.Position.BOTTOM_START);
            }
        });
        Div discussionCard = new Div(new H3("Discussion"), discussion);
        discussionCard.addClassNames("card", "discussion-card");
        Anchor leads = new Anchor("leads?campaign=" + id, "Leads from this campaign →");
        Anchor assets = new Anchor("collateral?campaign=" + id, "Collateral for this campaign →");
        Div related = new Div(new H3("Leads and collateral"), leads, assets);
        related.addClassNames("card", "related-card");
        Div aside = new Div(signOff, participants, related, discussionCard);
        aside.addClassName("workspace-aside");

        Div body = new Div(tabs, aside);
        body.addClassName("workspace-body");
        add(header, nudge, body);
        refreshHeader();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        liveUpdates.subscribe(this, Topics.item("campaign", id), this::onNotice);
    }

    void onNotice(LiveNotice notice) {
        switch (notice.kind()) {
            case "input-changed" -> {
                input.reload();
                showOpenQuestions();
                reloadHeader(notice);
            }
            case "tasks-changed" -> ifOpen(planTab, () -> plan.reload(notice.id()));
            // a saved value shows in the brief itself (the engine has put it there) and in the history; of the
            // header and side cards only the title could change, and a rename has a kind of its own (the default)
            case "brief-saved" -> ifOpen(historyTab, () -> history.reload(notice.id()));
            default -> {
                reloadHeader(notice);
                ifOpen(historyTab, () -> history.reload(notice.id()));
                brief.setEditable(workspace.canEdit());
                plan.setEditable(workspace.canEdit());
            }
        }
    }

    /**
     * Reloads the plan or the history for a live notice while its tab is open. Closed, it is not read at all:
     * opening the tab reads it afresh, so reading it in every open workspace for every added task or saved brief
     * value was work no one saw.
     */
    private void ifOpen(Tab tab, Runnable reload) {
        if (tabs.getSelectedTab() == tab) {
            reload.run();
        }
    }

    /**
     * Reads the workspace again for a live notice (one read shared by every open workspace) and rebuilds the header
     * and side cards only if what they show changed: most notices (a question answered, a rename) change little
     * there, and rebuilding the participants and sign-off cards in every open workspace for each of them cost the
     * server and the browsers more than the change itself.
     */
    private void reloadHeader(LiveNotice notice) {
        CampaignWorkspace next = campaigns.workspace(id, notice.id());
        boolean same = next.sameHeaderAs(workspace);
        workspace = next;
        if (!same) {
            refreshHeader();
        }
    }

    private void showOpenQuestions() {
        long open = input.openQuestions();
        inputTab.setLabel(open > 0 ? "Sales input (" + open + " open)" : "Sales input");
    }

    void refreshHeader() {
        title.setText(workspace.ref().name());
        statusSlot.removeAll();
        statusSlot.add(CampaignsView.statusPill(workspace.ref().status()));
        signOff.show(workspace);
        participants.show(workspace);
        showOpenQuestions();

        nudge.removeAll();
        boolean planning = workspace.ref().status() == CampaignStatus.PLANNING;
        nudge.setVisible(planning && !workspace.hasSalesParticipant());
        if (nudge.isVisible()) {
            nudge.add(VaadinIcon.LIGHTBULB.create(), new Span("No one from Sales is in this plan yet. Invite a sales "
                    + "rep now: they know what customers ask, object to and need."));
        }

        actions.removeAll();
        if (!workspace.canChangeStatus()) {
            return;
        }
        if (planning) {
            Button activate = new Button("Activate", VaadinIcon.ROCKET.create(), e -> run(() -> campaigns.activate(id),
                    "The campaign is live"));
            activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            activate.setEnabled(workspace.signOff().complete());
            activate.setTooltipText(workspace.signOff().complete() ? "Both teams signed: go live"
                    : "Activating needs a team lead of each team to sign: " + workspace.signOff().describe());
            actions.add(activate);
        }
        if (workspace.ref().status() == CampaignStatus.ACTIVE) {
            actions.add(new Button("Complete", VaadinIcon.FLAG_CHECKERED.create(),
                    e -> run(() -> campaigns.complete(id), "Campaign completed")));
        }
        Button cancel = new Button("Cancel campaign", e -> confirmCancel());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        actions.add(cancel);
    }

    private void confirmCancel() {
        TextArea reason = new TextArea("Why is it cancelled?");
        reason.setWidthFull();
        reason.setMaxLength(500);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Cancel " + workspace.ref().name() + "?");
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.setConfirmText("Cancel campaign");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> run(() -> campaigns.cancel(id, reason.getValue()), "Campaign cancelled"));
        dialog.open();
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Toast.success(done);
        } catch (ValidationException ex) {
            Toast.error(ex.getMessage());
        }
    }
}
