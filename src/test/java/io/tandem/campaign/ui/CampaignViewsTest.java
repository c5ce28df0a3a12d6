package io.tandem.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.MessagesKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouteParameters;
import io.tandem.KaribuTest;
import io.tandem.SignIn;
import io.tandem.base.ui.ErrorViews;
import io.tandem.campaign.BriefField;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.InputKind;
import io.tandem.collaboration.Discussion;
import io.tandem.collaboration.LiveNotice;
import io.tandem.BusyPool;
import io.tandem.people.DemoPeople;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.shared.Registration;
import io.tandem.collaboration.Topics;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CampaignViewsTest extends KaribuTest {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    io.tandem.collaboration.LiveUpdates liveUpdates;

    @BeforeEach
    void demo() {
        demoPeople.seed();
    }

    private Long campaignOf(String owner) {
        signIn.as(owner);
        Long id = campaigns.create("UI " + System.nanoTime()).id();
        signIn.out();
        return id;
    }

    /** A new campaign of Maya's, its workspace opened by {@code viewer}. */
    private Long mayasCampaignOpenedBy(String viewer) {
        Long id = campaignOf("maya");
        login(viewer);
        open(id);
        return id;
    }

    private void open(Long id) {
        UI.getCurrent().navigate(CampaignWorkspaceView.class, new RouteParameters("campaignId", String.valueOf(id)));
        MockVaadin.clientRoundtrip(false);
    }

    private static void tab(int index) {
        _get(TabSheet.class).setSelectedIndex(index);
    }

    /** The History tab's index: Brief, Sales input, Plan, History. */
    private static final int HISTORY = 3;

    private String stored(Long id, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM campaign WHERE id = ?", String.class, id);
    }

    /** Waits for the brief's save of {@code value} (saves run off the UI thread) and shows its outcome. */
    private void awaitStored(Long id, String column, String value) {
        awaitUi(() -> value.equals(stored(id, column)), Duration.ofSeconds(10));
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void anEmptyDiscussionSaysSoUntilTheFirstMessage() {
        Long id = mayasCampaignOpenedBy("maya");
        awaitUi(() -> _get(MessageInput.class).isEnabled(), Duration.ofSeconds(10));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("discussion-empty")).getText())
                .isEqualTo(Discussion.NO_MESSAGES);

        MessagesKt._submit(_get(MessageInput.class), "Kick-off on Tuesday?");
        awaitUi(() -> _find(Paragraph.class, spec -> spec.withClasses("discussion-empty")).isEmpty(),
                Duration.ofSeconds(5));

        UI.getCurrent().navigate(CampaignsView.class);
        open(id);
        awaitUi(() -> _get(MessageInput.class).isEnabled(), Duration.ofSeconds(10));
        assertThat(_get(MessageList.class).getItems()).hasSize(1);
        _assertNone(Paragraph.class, spec -> spec.withClasses("discussion-empty"));
    }

    @Test
    void aNewCampaignNeedsOnlyANameAndOpensItsWorkspace() {
        login("leo");
        UI.getCurrent().navigate(CampaignsView.class);
        _click(_get(Button.class, spec -> spec.withText("New campaign")));
        NewCampaignDialog dialog = _get(NewCampaignDialog.class);
        _click(dialog.create);
        assertThat(dialog.name.isInvalid()).isTrue();

        String name = "Partner push " + System.nanoTime();
        _setValue(dialog.name, name);
        _click(dialog.create);
        _assertOne(CampaignWorkspaceView.class);
        assertThat(_get(H2.class, spec -> spec.withClasses("workspace-title")).getText()).isEqualTo(name);
        assertThat(jdbc.queryForObject("SELECT status FROM campaign WHERE name = ?", String.class, name))
                .isEqualTo("PLANNING");
    }

    @Test
    void typingInTheBriefSavesWithoutASaveButton() {
        Long id = mayasCampaignOpenedBy("maya");
        BriefForm brief = _get(BriefForm.class);
        _setValue(brief.<String>field(BriefField.OBJECTIVE), "Fill the pipeline for Q2");
        awaitStored(id, "objective", "Fill the pipeline for Q2");
        assertThat(brief.saveState.getText()).isEqualTo("All changes saved");
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).isEmpty();
    }

    /**
     * The brief saves off the UI thread (decision 0036). The Collaboration Engine hands a typed value to everyone
     * else's brief only once the typist's request is over, so a save inside that request held the value back from
     * them for as long as it took. With the campaign's row locked by another transaction: typing returns at once
     * (a save inside the request would wait for the lock, then fail), the value is on the live topic for everyone
     * else while the save waits ("Saving…"), and it is saved, and said so, when the lock goes.
     */
    @Test
    void aTypedValueReachesTheOthersWithoutWaitingForItsSave() throws Exception {
        Long id = mayasCampaignOpenedBy("maya");
        BriefForm brief = _get(BriefForm.class);
        String value = "Typed while the row is locked";
        CompletableFuture<String> onTopic = new CompletableFuture<>();
        CollaborationEngine engine = CollaborationEngine.getInstance();
        Registration other = engine.openTopicConnection(engine.getSystemContext(), Topics.item("campaign", id)
                + "/brief", new UserInfo("someone-else"), connection -> {
                    CollaborationMap form = connection.getNamedMap("com.vaadin.collaborationengine.FormManager");
                    return form.subscribe(e -> {
                        if (value.equals(form.get(BriefField.OBJECTIVE.property(), String.class))) {
                            onTopic.complete(value);
                        }
                    });
                });
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement st = lock.createStatement()) {
                st.executeQuery("SELECT id FROM campaign WHERE id = " + id + " FOR UPDATE").close();
            }
            _setValue(brief.<String>field(BriefField.OBJECTIVE), value);

            awaitUi(onTopic::isDone, Duration.ofSeconds(5));
            assertThat(stored(id, "objective")).as("still waiting for the lock").isNull();
            assertThat(brief.saveState.getText()).isEqualTo("Saving…");
            assertThat(brief.saveState.hasClassName("saving")).isTrue();
            lock.rollback();
        } finally {
            other.remove();
        }
        awaitStored(id, "objective", value);
        assertThat(brief.saveState.getText()).isEqualTo("All changes saved");
        assertThat(brief.saveState.hasClassName("saving")).isFalse();
    }

    @Test
    void anEndBeforeTheStartIsShownOnTheFieldAndNotSaved() {
        Long id = mayasCampaignOpenedBy("maya");
        BriefForm brief = _get(BriefForm.class);
        _setValue((DatePicker) brief.fields.get(BriefField.START_DATE), LocalDate.of(2027, 5, 1));
        DatePicker end = (DatePicker) brief.fields.get(BriefField.END_DATE);
        _setValue(end, LocalDate.of(2027, 4, 1));
        assertThat(end.isInvalid()).isTrue();
        awaitStored(id, "start_date", "2027-05-01");
        assertThat(stored(id, "end_date")).isNull();
    }

    @Test
    void outsidersSeeAReadOnlyBriefAndPlanUntilTheyJoin() {
        Long id = campaignOf("maya");
        jdbc.update("INSERT INTO plan_item (campaign_id, title, position, created_at) VALUES (?, 'Book the venue', 0,"
                + " NOW(6))", id);
        login("jonas");
        open(id);
        BriefForm brief = _get(BriefForm.class);
        assertThat(brief.field(BriefField.OBJECTIVE).isReadOnly()).isTrue();
        tab(2);
        PlanPanel plan = _get(PlanPanel.class);
        PlanRow row = plan.rows.get(0);
        assertThat(plan.title.getParent().orElseThrow().isVisible()).as("no composer").isFalse();
        assertThat(row.done.isReadOnly()).isTrue();
        assertThat(row.edit.isVisible() || row.remove.isVisible()).isFalse();
        assertThat(row.getElement().getAttribute("aria-label")).isEqualTo("Book the venue");

        // and an empty plan does not ask them to add what they cannot
        jdbc.update("DELETE FROM plan_item WHERE campaign_id = ?", id);
        plan.reload();
        _assertOne(Paragraph.class, spec -> spec.withText(PlanPanel.READ_ONLY_HINT));
        _assertNone(Paragraph.class, spec -> spec.withText(PlanPanel.ADD_HINT));
        jdbc.update("INSERT INTO plan_item (campaign_id, title, position, created_at) VALUES (?, 'Book the venue', 0,"
                + " NOW(6))", id);
        plan.reload();
        row = plan.rows.get(0);

        tab(0);
        _click(_get(Button.class, spec -> spec.withText("Join this plan to edit it")));
        assertThat(brief.field(BriefField.OBJECTIVE).isReadOnly()).isFalse();
        awaitUi(() -> plan.isEditable(), Duration.ofSeconds(5));
        assertThat(row.done.isReadOnly()).isFalse();
        assertThat(row.edit.isVisible() && row.remove.isVisible()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_participant WHERE campaign_id = ?",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void salesAddsInputAndMarketingOnlyAsksQuestions() {
        Long id = mayasCampaignOpenedBy("priya");
        tab(1);
        SalesInputPanel panel = _get(SalesInputPanel.class);
        assertThat(panel.kind.getListDataView().getItems()).doesNotContain(InputKind.QUESTION);
        _setValue(panel.text, "Buyers ask about SSO first");
        _click(panel.add);
        assertThat(jdbc.queryForObject("SELECT author_team FROM campaign_input WHERE campaign_id = ?", String.class,
                id)).isEqualTo("SALES");
        assertThat(panel.text.getValue()).isEmpty();

        logout();
        login("leo");
        open(id);
        tab(1);
        SalesInputPanel marketing = _get(SalesInputPanel.class);
        assertThat(marketing.kind.isVisible()).isFalse();
        assertThat(marketing.kind.getValue()).isEqualTo(InputKind.QUESTION);
        assertThat(marketing.add.getText()).isEqualTo("Ask sales");
    }

    @Test
    void planTasksAreAddedFromTheComposer() {
        Long id = mayasCampaignOpenedBy("maya");
        tab(2);
        PlanPanel plan = _get(PlanPanel.class);
        _setValue(plan.title, "Write the webinar invite");
        plan.addTask();
        plan.reload();
        assertThat(plan.rows).hasSize(1);
        assertThat(plan.title.getValue()).isEmpty();

        io.tandem.campaign.PlanTask task = campaigns.tasks(id).get(0);
        TaskDialog edit = new TaskDialog(campaigns, task, java.util.List.of());
        edit.open();
        _setValue(edit.title, "Write and send the webinar invite");
        _click(edit.save);
        assertThat(jdbc.queryForObject("SELECT title FROM plan_item WHERE id = ?", String.class, task.id()))
                .isEqualTo("Write and send the webinar invite");
        TaskDialog stale = new TaskDialog(campaigns, task, java.util.List.of());
        stale.open();
        _setValue(stale.title, "Overwrite with an old version");
        _click(stale.save);
        assertThat(jdbc.queryForObject("SELECT title FROM plan_item WHERE id = ?", String.class, task.id()))
                .isEqualTo("Write and send the webinar invite");
    }

    @Test
    void planTasksAreCompletedAndRemovedFromTheirRowAndAStaleTickIsRefused() {
        Long id = mayasCampaignOpenedBy("maya");
        tab(2);
        PlanPanel plan = _get(PlanPanel.class);
        _setValue(plan.title, "Book the venue");
        plan.addTask();
        plan.reload();
        PlanRow row = plan.rows.get(0);
        io.tandem.campaign.PlanTask task = row.task;
        assertThat(row.done.getAriaLabel()).contains("Complete Book the venue");
        assertThat(row.done.getValue()).isFalse();

        _setValue(row.done, true);
        assertThat(jdbc.queryForObject("SELECT done FROM plan_item WHERE id = ?", Boolean.class, task.id())).isTrue();
        // the row's old version (someone ticked it meanwhile): refused, nothing changes, and the box shows it
        _setValue(row.done, false);
        assertThat(jdbc.queryForObject("SELECT done FROM plan_item WHERE id = ?", Boolean.class, task.id())).isTrue();
        assertThat(plan.rows.get(0).done.getValue()).as("the reloaded row shows what is saved").isTrue();

        io.tandem.campaign.PlanTask current = campaigns.tasks(id).get(0);
        plan.confirmRemove(current);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(campaigns.tasks(id)).isEmpty();
    }

    @Test
    void aReloadRedrawsOnlyTheRowsThatChangedAndRowsMoveByKeyboardAndByDrop() {
        Long id = mayasCampaignOpenedBy("maya");
        tab(2);
        PlanPanel plan = _get(PlanPanel.class);
        for (String title : java.util.List.of("Draft the invite", "Book the venue", "Brief the SDRs")) {
            _setValue(plan.title, title);
            plan.addTask();
        }
        plan.reload();
        java.util.List<PlanRow> before = java.util.List.copyOf(plan.rows);
        assertThat(titles(plan)).containsExactly("Draft the invite", "Book the venue", "Brief the SDRs");

        // another node renames the middle task: a live reload builds that row again and keeps the other two
        jdbc.update("UPDATE plan_item SET title = 'Book the hall', version = version + 1 WHERE id = ?",
                before.get(1).task.id());
        plan.reload("rename-" + System.nanoTime());
        assertThat(plan.rows.get(0)).isSameAs(before.get(0));
        assertThat(plan.rows.get(1)).isNotSameAs(before.get(1));
        assertThat(plan.rows.get(2)).isSameAs(before.get(2));
        assertThat(titles(plan)).containsExactly("Draft the invite", "Book the hall", "Brief the SDRs");

        // Alt+Up on the last row: it moves up one place, the same row (not a new one), in the DOM order too
        PlanRow last = plan.rows.get(2);
        plan.moveBy(last, -1);
        assertThat(titles(plan)).containsExactly("Draft the invite", "Brief the SDRs", "Book the hall");
        assertThat(plan.rows.get(1)).isSameAs(last);
        assertThat(campaigns.tasks(id).stream().map(io.tandem.campaign.PlanTask::title))
                .containsExactly("Draft the invite", "Brief the SDRs", "Book the hall");
        plan.moveBy(plan.rows.get(0), -1); // already first: nothing happens
        assertThat(titles(plan)).containsExactly("Draft the invite", "Brief the SDRs", "Book the hall");

        // the last row dropped on the first takes its place
        plan.drop(plan.rows.get(2), plan.rows.get(0));
        plan.reload();
        assertThat(titles(plan)).containsExactly("Book the hall", "Draft the invite", "Brief the SDRs");
        // and a row's version is current after a move, so ticking it is not refused as stale
        _setValue(plan.rows.get(1).done, true);
        assertThat(jdbc.queryForObject("SELECT done FROM plan_item WHERE id = ?", Boolean.class,
                plan.rows.get(1).task.id())).isTrue();
    }

    @Test
    void theHistoryIsReadWhenItsTabIsOpenedAndThenFollowsEverySave() {
        Long id = mayasCampaignOpenedBy("maya");
        CampaignWorkspaceView view = _get(CampaignWorkspaceView.class);
        BriefForm brief = _get(BriefForm.class);
        afterItsNotice(() -> _setValue(brief.field(BriefField.OBJECTIVE), "Fill the webinar"));
        assertThat(view.history.lines).as("closed, the history is not read, not even for the save's notice")
                .isEmpty();

        tab(HISTORY);
        assertThat(historyShows(view, "Fill the webinar")).as("opening the tab reads it").isTrue();

        campaigns.saveBriefField(id, BriefField.AUDIENCE, "Operations leads"); // someone else's save (the same
        // person's, on another page: one cannot type in the brief while the history is open here)
        awaitUi(() -> historyShows(view, "Operations leads"), Duration.ofSeconds(10)); // open, it follows live
        tab(0);
        afterItsNotice(() -> _setValue(brief.field(BriefField.KEY_MESSAGES), "Live in a day"));
        assertThat(historyShows(view, "Live in a day")).as("closed again, no longer read").isFalse();
        tab(HISTORY);
        assertThat(historyShows(view, "Live in a day")).isTrue();
    }

    @Test
    void thePlanFollowsAddedTasksWhileItsTabIsOpenAndIsReadAgainWhenOpened() {
        Long id = mayasCampaignOpenedBy("maya");
        CampaignWorkspaceView view = _get(CampaignWorkspaceView.class);
        afterItsNotice(() -> campaigns.addTask(id, "Book the hall", null, null));
        assertThat(view.plan.rows).as("closed, the plan is not read for it").isEmpty();

        tab(2);
        assertThat(titles(view.plan)).as("opening the tab reads it").containsExactly("Book the hall");
        campaigns.addTask(id, "Draft the invite", null, null);
        awaitUi(() -> view.plan.rows.size() == 2, Duration.ofSeconds(10)); // open, it follows live
        assertThat(titles(view.plan)).containsExactly("Book the hall", "Draft the invite");
    }

    @Test
    void aHistoryReloadKeepsTheLinesItShowsAndAddsTheNewOnesOnTop() {
        Long id = mayasCampaignOpenedBy("maya");
        BriefForm brief = _get(BriefForm.class);
        HistoryPanel history = _get(CampaignWorkspaceView.class).history;
        _setValue(brief.field(BriefField.OBJECTIVE), "Fill the webinar");
        _setValue(brief.field(BriefField.AUDIENCE), "Operations leads");
        awaitStored(id, "audience", "Operations leads");
        history.reload();
        java.util.List<HistoryPanel.Line> before = java.util.List.copyOf(history.lines);
        assertThat(before).isNotEmpty();

        _setValue(brief.field(BriefField.KEY_MESSAGES), "Live in a day");
        awaitStored(id, "key_messages", "Live in a day");
        history.reload("brief-" + System.nanoTime());
        assertThat(history.lines).hasSize(before.size() + 1);
        assertThat(history.lines.get(0).entry.newValue()).isEqualTo("Live in a day");
        assertThat(history.lines.subList(1, history.lines.size())).as("the lines shown before, kept")
                .containsExactlyElementsOf(before);
        assertThat(history.lines.get(0).getParent().orElseThrow().getChildren().findFirst().orElseThrow())
                .as("the new line is first in the browser too").isSameAs(history.lines.get(0));
        // the values are cut short to fit the column; the whole value is the tooltip, "(empty)" has none
        com.vaadin.flow.component.html.Span now = _get(history.lines.get(0),
                com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("history-new"));
        com.vaadin.flow.component.html.Span was = _get(history.lines.get(0),
                com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("history-old"));
        assertThat(now.getText()).isEqualTo("Live in a day");
        assertThat(now.getTitle()).hasValue("Live in a day");
        assertThat(was.getText()).isEqualTo("(empty)");
        assertThat(was.getTitle()).isEmpty();
    }

    @Test
    void aSavedBriefValueRebuildsTheSideCardsOnlyWhenWhatTheyShowChanges() {
        Long id = mayasCampaignOpenedBy("maya");
        CampaignWorkspaceView view = _get(CampaignWorkspaceView.class);
        BriefForm brief = _get(BriefForm.class);
        afterItsNotice(() -> _setValue(brief.field(BriefField.OBJECTIVE), "Fill the webinar"));
        java.util.List<com.vaadin.flow.component.Component> participantRows = view.participants.getChildren().toList();
        java.util.List<com.vaadin.flow.component.Component> signOffRows = view.signOff.getChildren().toList();

        afterItsNotice(() -> _setValue(brief.field(BriefField.AUDIENCE), "Operations leads"));
        assertThat(view.participants.getChildren()).as("nothing changed there: the same rows")
                .containsExactlyElementsOf(participantRows);
        assertThat(view.signOff.getChildren()).containsExactlyElementsOf(signOffRows);

        signIn.as("sam");
        campaigns.sign(id);
        login("maya");
        awaitUi(() -> view.signOff.getElement().getTextRecursively().contains("Sam Carter"), Duration.ofSeconds(10));
        // a change to the brief clears the signature: the card shows it without waiting for anything else
        _setValue(brief.field(BriefField.KEY_MESSAGES), "Live in a day");
        awaitUi(() -> !view.signOff.getElement().getTextRecursively().contains("Sam Carter"), Duration.ofSeconds(10));
        assertThat(view.signOff.getElement().getTextRecursively()).contains("Waiting for a Sales team lead");
    }

    /**
     * A saved brief value shows in the brief (the engine has put it there) and in the history; of the header, only
     * the title is the brief's. So an open workspace takes a saved value's notice without a read while its History
     * tab is closed (with every connection of the pool held, a read would wait and fail), and a rename changes the
     * title of every open workspace.
     */
    @Test
    void aSavedValueCostsAnOpenWorkspaceNoReadAndARenameShowsInItsTitle() throws Exception {
        Long id = mayasCampaignOpenedBy("sam");
        CampaignWorkspaceView view = _get(CampaignWorkspaceView.class);
        LiveNotice saved = new LiveNotice("saved-" + System.nanoTime(), "brief-saved", String.valueOf(id),
                "Maya Singh", java.time.Instant.now());
        BusyPool.whileEveryConnectionIsHeld(dataSource, () -> view.onNotice(saved));

        signIn.as("maya");
        campaigns.saveBriefField(id, BriefField.NAME, "Renamed while Sam looks");
        login("sam");
        awaitUi(() -> view.title.getText().equals("Renamed while Sam looks"), Duration.ofSeconds(10));
    }

    /**
     * The campaigns' topic (every campaigns list, home page and dashboard follows it) hears of a brief's name and
     * dates and of its objective being filled in or emptied, not of every value typed into it.
     */
    @Test
    void theCampaignsTopicHearsOfWhatShowsOutsideTheBriefOnly() {
        Long id = campaignOf("maya");
        login("maya");
        java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.vaadin.flow.component.html.Div listener = new com.vaadin.flow.component.html.Div();
        UI.getCurrent().add(listener);
        liveUpdates.subscribe(listener, CampaignService.LIST_TOPIC, notice -> heard.add(notice.kind()));
        // the topic connection opens in the background: a first notice heard says it is open
        liveUpdates.publishAfterCommit(CampaignService.LIST_TOPIC, "probe", null, "test");
        awaitUi(() -> heard.contains("probe"), Duration.ofSeconds(10));
        heard.clear();

        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Fill"); // filled in: a plan to sign on home
        campaigns.saveBriefField(id, BriefField.OBJECTIVE, "Fill the webinar");
        campaigns.saveBriefField(id, BriefField.AUDIENCE, "Operations leads");
        campaigns.saveBriefField(id, BriefField.END_DATE, LocalDate.now().plusMonths(2));
        campaigns.saveBriefField(id, BriefField.NAME, "Renamed for the list");
        awaitUi(() -> heard.contains("campaign-renamed"), Duration.ofSeconds(10));
        assertThat(heard).containsExactly("brief-saved", "brief-saved", "campaign-renamed");
    }

    /**
     * The campaigns list follows its topic settled: two changes in a burst are one refresh, and tasks added to a
     * plan, of which the list shows nothing, are none.
     */
    @Test
    void theCampaignsListRefreshesOnceForABurstAndNotForTasks() {
        Long id = campaignOf("maya");
        login("maya");
        UI.getCurrent().navigate(CampaignsView.class);
        CampaignsView list = _get(CampaignsView.class);
        java.util.concurrent.atomic.AtomicInteger refreshes = new java.util.concurrent.atomic.AtomicInteger();
        list.rows.addDataProviderListener(e -> refreshes.incrementAndGet());
        // the topic connection opens in the background: a first refresh says it is open
        liveUpdates.publishAfterCommit(CampaignService.LIST_TOPIC, "probe", null, "test");
        Duration settled = io.tandem.collaboration.SettledUpdates.DELAY.plusSeconds(8);
        awaitUi(() -> refreshes.get() == 1, settled);

        campaigns.addTask(id, "Book the hall", null, null);
        campaigns.addTask(id, "Draft the invite", null, null);
        passTheSettlingDelay();
        assertThat(refreshes.get()).as("tasks change nothing the list shows").isEqualTo(1);

        Long priya = jdbc.queryForObject("SELECT id FROM person WHERE username = 'priya'", Long.class);
        campaigns.addParticipant(id, priya);
        campaigns.saveBriefField(id, BriefField.END_DATE, LocalDate.now().plusMonths(2));
        awaitUi(() -> refreshes.get() == 2, settled);
        passTheSettlingDelay();
        assertThat(refreshes.get()).as("two changes in one burst are one refresh").isEqualTo(2);
    }

    /** Runs the UI's pushes until a settled view would have refreshed for anything sent before now. */
    private static void passTheSettlingDelay() {
        Duration wait = io.tandem.collaboration.SettledUpdates.DELAY.plusMillis(1500);
        long until = System.nanoTime() + wait.toNanos();
        awaitUi(() -> System.nanoTime() > until, wait.plusSeconds(5));
    }

    /**
     * Two values of one field waiting in a UI's queue (here because the test holds the UI's lock; in use, a busy
     * server or a slow request): the engine applies the older one first. A field that passed that back to the
     * topic started an endless echo of the two values through every open brief.
     */
    @Test
    void twoValuesOfOneFieldWaitingForTheUiEndAtTheLastWithoutEchoes() {
        Long id = campaignOf("maya");
        jdbc.update("UPDATE campaign SET audience = 'Seeded' WHERE id = ?", id);
        login("maya");
        open(id);
        BriefForm brief = _get(BriefForm.class);
        com.vaadin.flow.component.AbstractField<?, String> audience = brief.field(BriefField.AUDIENCE);
        awaitUi(() -> "Seeded".equals(audience.getValue()), Duration.ofSeconds(10)); // connected to the topic
        int[] applied = {0};
        audience.addValueChangeListener(e -> {
            if (!e.isFromClient() && ++applied[0] == 50) {
                // leaves the topic, which ends the echo, so that the test fails instead of running for ever
                brief.form().setTopic(null, io.tandem.campaign.Brief::new);
            }
        });

        _setValue(audience, "Operations leads");
        _setValue(audience, "Operations leads, EMEA");
        MockVaadin.clientRoundtrip(false);
        assertThat(applied[0]).as("the engine applied each value once at most").isLessThanOrEqualTo(2);
        assertThat(audience.getValue()).isEqualTo("Operations leads, EMEA");
        awaitStored(id, "audience", "Operations leads, EMEA");
        assertThatThrownBy(() -> brief.form().forField(new com.vaadin.flow.component.textfield.TextArea()))
                .as("a live form takes only fields that leave out the engine's own changes")
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Does {@code change} and waits until the open workspace has taken the live notice it sent. */
    private void afterItsNotice(Runnable change) {
        long before = noticesTaken();
        change.run();
        awaitUi(() -> noticesTaken() > before, Duration.ofSeconds(10));
    }

    /** How many live notices on campaign topics the open views have taken so far. */
    private long noticesTaken() {
        var delivered = meters.find(io.tandem.collaboration.LiveUpdates.DELIVERY).tag("topic", "campaign").timer();
        return delivered == null ? 0 : delivered.count();
    }

    private static boolean historyShows(CampaignWorkspaceView view, String value) {
        return view.history.lines.stream().anyMatch(l -> value.equals(l.entry.newValue()));
    }

    /** The titles of the plan's rows in the order the browser shows them. */
    private static java.util.List<String> titles(PlanPanel plan) {
        PlanRow any = plan.rows.get(0);
        return any.getParent().orElseThrow().getChildren()
                .map(r -> ((PlanRow) r).getChildren().filter(c -> c.getElement().getClassList().contains("plan-task-title"))
                        .findFirst().orElseThrow().getElement().getText()).toList();
    }

    @Test
    void aSalesLeadSignsForSales() {
        Long id = mayasCampaignOpenedBy("sam");
        SignOffCard card = _get(SignOffCard.class);
        assertThat(card.sign.isVisible()).isTrue();
        assertThat(card.sign.getText()).isEqualTo("Sign for Sales");
        _click(card.sign);
        assertThat(jdbc.queryForObject("SELECT person_name FROM campaign_signature WHERE campaign_id = ?",
                String.class, id)).isEqualTo("Sam Carter");

        logout();
        login("priya");
        open(id);
        assertThat(_get(SignOffCard.class).sign.isVisible()).isFalse();
    }

    @Test
    void anUnknownCampaignIsAFriendlyNotFound() {
        login("maya");
        UI.getCurrent().navigate("campaigns/987654321");
        _assertOne(ErrorViews.ItemNotFound.class);
        _assertNone(CampaignWorkspaceView.class);
    }
}
