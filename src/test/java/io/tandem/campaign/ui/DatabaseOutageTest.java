package io.tandem.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageList;
import com.github.mvysny.kaributesting.v10.MessagesKt;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.tandem.FaultsDatabase;
import io.tandem.KaribuTest;
import io.tandem.SignIn;
import io.tandem.base.db.DatabaseMonitor;
import io.tandem.base.db.EmbeddedMariaDb;
import io.tandem.base.ui.DatabaseBanner;
import io.tandem.campaign.BriefField;
import io.tandem.campaign.CampaignService;
import io.tandem.people.DemoPeople;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database goes away during a planning session and comes back: the real embedded MariaDB is stopped and
 * started again under a signed-in person's open views. This test has its own application context and its own
 * MariaDB server (its own data directory), so stopping it cannot disturb any other test.
 */
@FaultsDatabase
class DatabaseOutageTest extends KaribuTest {

    private static final String NOT_SAVED = "Not saved: the database is unavailable. What you entered is still here; "
            + "try again in a moment.";

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SignIn signIn;
    @Autowired
    EmbeddedMariaDb db;
    @Autowired
    DatabaseMonitor monitor;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.tandem.collaboration.LiveUpdates liveUpdates;
    @Autowired
    javax.sql.DataSource dataSource;

    @BeforeEach
    void demo() {
        assertThat(db.baseDir().toString()).endsWith("mariadb-faults");
        demoPeople.seed();
    }

    @AfterEach
    void databaseBack() throws InterruptedException {
        if (!monitor.probe()) {
            db.restart();
            // the next test starts with a pool that serves again (a restarted server can take seconds to accept)
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!monitor.probe() && System.nanoTime() < end) {
                Thread.sleep(200);
            }
        }
    }

    @Test
    void aBriefEditDuringAnOutageIsKeptAndSavedWhenTheDatabaseIsBack() {
        signIn.as("maya");
        Long id = campaigns.create("Outage " + System.nanoTime()).id();
        signIn.out();
        login("maya");
        openWorkspace(id);
        DatabaseBanner banner = banner(UI.getCurrent());
        assertThat(banner.isVisible()).as("banner while online: %s, monitor online %s", banner.getText(), monitor.online()).isFalse();
        BriefForm brief = _get(BriefForm.class);
        com.vaadin.flow.component.AbstractField<?, String> objective = brief.field(BriefField.OBJECTIVE);

        long stopped = System.nanoTime();
        db.stop();
        awaitUi(() -> banner.isVisible() && banner.getText().equals(DatabaseBanner.LOST), Duration.ofSeconds(10));
        System.out.printf("Outage noticed by the open UI after %d ms%n", (System.nanoTime() - stopped) / 1_000_000);

        _setValue(objective, "Typed while the database was away");
        assertThat(brief.saveState.getText()).startsWith("Not saved yet: the database is unavailable")
                .contains("Objective");

        db.restart();
        long restarted = System.nanoTime();
        awaitUi(() -> banner.getText().equals(DatabaseBanner.BACK), Duration.ofSeconds(15));
        System.out.printf("Back online in the UI %d ms after the database was up again%n",
                (System.nanoTime() - restarted) / 1_000_000);
        // the brief saves off the UI thread and says so when the saves are done
        awaitUi(() -> brief.saveState.getText().equals("Back online: all changes saved"), Duration.ofSeconds(10));
        assertThat(jdbc.queryForObject("SELECT objective FROM campaign WHERE id = ?", String.class, id))
                .isEqualTo("Typed while the database was away");

        // and work goes on as normal, without a restart
        _setValue(objective, "After the outage");
        awaitUi(() -> "After the outage".equals(jdbc.queryForObject("SELECT objective FROM campaign WHERE id = ?",
                String.class, id)), Duration.ofSeconds(10));
        awaitUi(() -> brief.saveState.getText().equals("All changes saved"), Duration.ofSeconds(10));
    }

    @Test
    void aLiveChangeAnnouncedDuringAnOutageIsShownOnceTheDatabaseIsBack() {
        signIn.as("maya");
        Long id = campaigns.create("Missed notice " + System.nanoTime()).id();
        signIn.out();
        login("sam");
        openWorkspace(id);
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(2); // Sam looks at the plan
        CampaignWorkspaceView view = _get(CampaignWorkspaceView.class);
        assertThat(view.plan.rows).isEmpty();

        // a task saved on another node just before the database went away; its notice arrives during the outage
        String title = "Saved just before the outage " + System.nanoTime();
        jdbc.update("INSERT INTO plan_item (campaign_id, title, position, created_at) VALUES (?, ?, 0, NOW(6))", id,
                title);
        db.stop();
        liveUpdates.publishAfterCommit(io.tandem.collaboration.Topics.item("campaign", id), "tasks-changed",
                String.valueOf(id), "Maya Singh");
        DatabaseBanner banner = banner(UI.getCurrent());
        awaitUi(() -> banner.isVisible() && banner.getText().equals(DatabaseBanner.LOST), Duration.ofSeconds(10));
        assertThat(view.plan.rows).as("nothing to show while it is down").isEmpty();

        db.restart();
        awaitUi(() -> view.plan.rows.stream().anyMatch(r -> r.task.title().equals(title)), Duration.ofSeconds(15));
    }

    @Test
    void aDiscussionOpenedAsTheDatabaseGoesAwaySaysSoAndShowsItsMessagesOnceItIsBack() {
        signIn.as("maya");
        Long id = campaigns.create("Discussion outage " + System.nanoTime()).id();
        signIn.out();
        String said = "Customers keep asking about SSO " + System.nanoTime();
        jdbc.update("INSERT INTO discussion_message (topic_id, author_id, author_name, author_color, text, sent_at, "
                + "sent_nanos) VALUES (?, 'person-9', 'Sam Carter', 0, ?, NOW(3), 0)",
                io.tandem.collaboration.Topics.item("campaign", id) + "/discussion", said);
        login("sam");
        UI.getCurrent().navigate(CampaignWorkspaceView.class, new RouteParameters("campaignId", String.valueOf(id)));
        // the page is built; the database goes away before the discussion has read its messages
        db.stop();
        awaitUi(() -> unavailableNote().isVisible(), Duration.ofSeconds(10));
        assertThat(unavailableNote().getText()).isEqualTo(io.tandem.collaboration.Discussion.UNAVAILABLE);
        assertThat(_get(MessageList.class).getItems()).isEmpty();

        db.restart();
        awaitUi(() -> _get(MessageList.class).getItems().stream().anyMatch(m -> said.equals(m.getText())),
                Duration.ofSeconds(15));
        assertThat(unavailableNote().isVisible()).isFalse();
    }

    @Test
    void aMessageSentDuringAnOutageIsGivenBackAndSendsOnceTheDatabaseIsBack() {
        signIn.as("maya");
        Long id = campaigns.create("Message outage " + System.nanoTime()).id();
        signIn.out();
        login("sam");
        openWorkspace(id);
        String text = "Can we add the SSO one-pager? " + System.nanoTime();

        db.stop();
        MessagesKt._submit(_get(MessageInput.class), text);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .as("the input, which empties itself on submit, gets the text back")
                .anySatisfy(js -> {
                    assertThat(js.getInvocation().getExpression()).contains("this.value = $0");
                    assertThat(js.getInvocation().getParameters()).contains(text);
                });

        NotificationsKt.expectNotifications(io.tandem.collaboration.Discussion.NOT_SENT);

        db.restart();
        awaitUi(monitor::online, Duration.ofSeconds(15));
        MessagesKt._submit(_get(MessageInput.class), text);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM discussion_message WHERE text = ?", Integer.class, text))
                .isEqualTo(1);
    }

    /** The discussion's "messages can't be loaded" note, visible or not. */
    private static com.vaadin.flow.component.html.Paragraph unavailableNote() {
        return (com.vaadin.flow.component.html.Paragraph) find(UI.getCurrent(),
                c -> c.getElement().getClassList().contains("discussion-unavailable"));
    }

    /** The first component under {@code root} (itself included) that is {@code wanted}, visible or not. */
    private static com.vaadin.flow.component.Component find(com.vaadin.flow.component.Component root,
            java.util.function.Predicate<com.vaadin.flow.component.Component> wanted) {
        if (wanted.test(root)) {
            return root;
        }
        return root.getChildren().map(c -> find(c, wanted)).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    @Test
    void aPoolWithEveryConnectionBusyIsNotAnOutage() throws Exception {
        io.tandem.BusyPool.whileEveryConnectionIsHeld(dataSource, () -> {
            // many people reloading at once on a loaded server: the database still answers
            assertThat(monitor.probe()).isTrue();
            assertThat(monitor.online()).isTrue();

            db.stop();
            assertThat(monitor.probe()).as("a database that is gone is still noticed").isFalse();
        });
        db.restart();
        awaitUi(monitor::probe, Duration.ofSeconds(15));
    }

    @Test
    void aDialogSubmittedDuringAnOutageStaysOpenWithItsValuesAndSavesOnTheNextTry() {
        login("leo");
        UI.getCurrent().navigate(CampaignsView.class);
        _click(_get(Button.class, spec -> spec.withText("New campaign")));
        NewCampaignDialog dialog = _get(NewCampaignDialog.class);
        String name = "Typed during outage " + System.nanoTime();
        _setValue(dialog.name, name);

        db.stop();
        long clicked = System.nanoTime();
        asVaadinWould(() -> _click(dialog.create));
        long failedAfterMs = (System.nanoTime() - clicked) / 1_000_000;
        System.out.printf("A save during the outage failed after %d ms%n", failedAfterMs);
        assertThat(failedAfterMs).as("fails within a few seconds, not Hikari's default 30 s").isLessThan(8000);
        NotificationsKt.expectNotifications(NOT_SAVED);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getValue()).isEqualTo(name);

        db.restart();
        awaitUi(monitor::online, Duration.ofSeconds(15));
        _click(dialog.create);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign WHERE name = ?", Integer.class, name))
                .isEqualTo(1);
        _assertOne(CampaignWorkspaceView.class);
    }

    /**
     * Opens a campaign's workspace and waits until it has joined its live topics: the engine connects them after
     * the page is shown, and the discussion reads its messages then (on a slow machine, a database stopped right
     * after navigating stopped it under that read, which is not what these tests are about).
     */
    private static void openWorkspace(Long id) {
        UI.getCurrent().navigate(CampaignWorkspaceView.class, new RouteParameters("campaignId", String.valueOf(id)));
        awaitUi(() -> _get(MessageInput.class).isEnabled(), Duration.ofSeconds(10));
    }

    /** The banner, visible or not (Karibu's locators find only visible components). */
    private static DatabaseBanner banner(com.vaadin.flow.component.Component root) {
        return (DatabaseBanner) find(root, c -> c instanceof DatabaseBanner);
    }

    @Test
    void aPageOpenedDuringAnOutageSaysSoAndOpensOnceTheDatabaseIsBack() {
        login("sam");
        UI.getCurrent().navigate("");
        db.stop();
        monitor.probe();
        UI.getCurrent().navigate(CampaignsView.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(CampaignsView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("Database unavailable");

        db.restart();
        awaitUi(monitor::online, Duration.ofSeconds(15));
        UI.getCurrent().navigate(CampaignsView.class);
        _assertOne(CampaignsView.class);
    }

    /** As Vaadin does with an exception a click listener throws: hands it to the session's error handler. */
    private static void asVaadinWould(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }

}
