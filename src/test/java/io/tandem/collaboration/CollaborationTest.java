package io.tandem.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMessage;
import com.vaadin.collaborationengine.MessageManager;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.tandem.KaribuTest;
import io.tandem.base.Team;
import io.tandem.people.DemoPeople;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The plumbing features build on: persisted discussions and live notices, through the real engine. */
class CollaborationTest extends KaribuTest {

    @Autowired
    JpaMessagePersister persister;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LiveUpdates liveUpdates;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void signIn() {
        demoPeople.seed();
        login("maya");
    }

    @Test
    void messagesArePersistedWhenSent() throws Exception {
        String topic = "test/persist-" + System.nanoTime();
        CollaborationEngine engine = CollaborationEngine.getInstance();
        UserInfo maya = CollaborationUsers.of(7L, "Maya Singh", Team.MARKETING);
        MessageManager manager = new MessageManager(engine.getSystemContext(), maya, topic, persister, () -> engine);

        manager.submit("Sales says the pricing slide confuses buyers").get(10, TimeUnit.SECONDS);

        var row = jdbc.queryForMap("SELECT author_id, author_name, author_color, text FROM discussion_message "
                + "WHERE topic_id = ?", topic);
        assertThat(row).containsEntry("author_id", "person-7").containsEntry("author_name", "Maya Singh")
                .containsEntry("author_color", Team.MARKETING.colorIndex())
                .containsEntry("text", "Sales says the pricing slide confuses buyers");
        manager.close();
    }

    @Test
    void storedMessagesAreLoadedWhenADiscussionOpensAfterARestart() {
        String topic = "test/reload-" + System.nanoTime();
        Instant sent = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        // as written by an earlier run of the app: the engine's memory knows nothing of this topic
        jdbc.update("INSERT INTO discussion_message (topic_id, author_id, author_name, author_color, text, sent_at, "
                + "sent_nanos) VALUES (?, 'person-9', 'Sam Carter', 0, 'Customers keep asking about SSO', ?, ?)", topic,
                Timestamp.from(sent), sent.getNano());

        CollaborationEngine engine = CollaborationEngine.getInstance();
        // a set: when the engine's thread inserts the loaded message while this thread sets the handler, the engine
        // hands the message over twice (its replay of the list and the list's event), as the same object or as two
        // equal copies read from the list, depending on which comes first
        java.util.Set<CollaborationMessage> received = java.util.concurrent.ConcurrentHashMap.newKeySet();
        MessageManager manager = new MessageManager(engine.getSystemContext(),
                CollaborationUsers.of(1L, "Leo Fischer", Team.MARKETING), topic, persister, () -> engine);
        manager.setMessageHandler(ctx -> received.add(ctx.getMessage()));

        await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
        assertThat(received).singleElement().satisfies(m -> {
            assertThat(m.getText()).isEqualTo("Customers keep asking about SSO");
            assertThat(m.getUser().getName()).isEqualTo("Sam Carter");
            assertThat(m.getUser().getColorIndex()).isEqualTo(Team.SALES.colorIndex());
            assertThat(m.getTime()).isEqualTo(sent);
        });
        manager.close();
    }

    @Test
    void aViewGetsNoticesCommittedAfterItSubscribedAndNoneAfterItIsDetached() {
        String topic = Topics.item("test", System.nanoTime());
        Div view = new Div();
        UI.getCurrent().add(view);
        List<LiveNotice> seen = new CopyOnWriteArrayList<>();
        liveUpdates.subscribe(view, topic, seen::add);
        MockVaadin.clientRoundtrip(false);

        tx.executeWithoutResult(status -> liveUpdates.publishAfterCommit(topic, "thing-changed", "42", "Maya"));
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return !seen.isEmpty();
        });
        assertThat(seen).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("thing-changed");
            assertThat(n.itemId()).isEqualTo("42");
            assertThat(n.actor()).isEqualTo("Maya");
        });

        tx.executeWithoutResult(status -> {
            liveUpdates.publishAfterCommit(topic, "rolled-back", "43", "Maya");
            status.setRollbackOnly();
        });
        UI.getCurrent().remove(view);
        MockVaadin.clientRoundtrip(false);
        liveUpdates.publishAfterCommit(topic, "after-detach", "44", "Maya");
        waitForEngine();
        MockVaadin.clientRoundtrip(false);
        assertThat(seen).extracting(LiveNotice::kind).containsExactly("thing-changed");
    }

    private static void waitForEngine() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
