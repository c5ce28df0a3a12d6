package io.tandem.collaboration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.collaborationengine.ListOperation;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import io.tandem.KaribuTest;
import io.tandem.base.Team;
import io.tandem.people.DemoPeople;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who is on a topic, live, through the real engine: the avatars in the header, a workspace, an asset, the board. */
class OnlineAvatarsTest extends KaribuTest {

    @Autowired
    Collaboration collaboration;
    @Autowired
    DemoPeople demoPeople;

    @BeforeEach
    void signIn() {
        demoPeople.seed();
        login("maya");
    }

    @Test
    void showsWhoComesAndGoesOncePerPerson() {
        String topic = Topics.item("test-presence", System.nanoTime());
        OnlineAvatars avatars = onScreen(topic);
        assertThat(names(avatars)).containsExactly("Maya Singh");

        Registration samsLaptop = present(topic, 9009L, "Sam Carter", Team.SALES);
        Registration samsPhone = present(topic, 9009L, "Sam Carter", Team.SALES);
        awaitUi(() -> names(avatars).contains("Sam Carter"), Duration.ofSeconds(5));
        assertThat(names(avatars)).containsExactly("Maya Singh", "Sam Carter");
        assertThat(group(avatars).getItems().get(1).getColorIndex()).isEqualTo(Team.SALES.colorIndex());

        VaadinSession session = VaadinSession.getCurrent();
        int queued = session.getPendingAccessQueue().size();
        samsLaptop.remove();
        await().atMost(Duration.ofSeconds(5)).until(() -> session.getPendingAccessQueue().size() > queued);
        MockVaadin.clientRoundtrip(false); // the laptop's departure has reached this page
        assertThat(names(avatars)).as("Sam is still there on his phone").containsExactly("Maya Singh", "Sam Carter");

        samsPhone.remove();
        awaitUi(() -> !names(avatars).contains("Sam Carter"), Duration.ofSeconds(5));
        assertThat(names(avatars)).containsExactly("Maya Singh");
    }

    /**
     * People come and go just as this view's avatars leave the page (the person navigates away or closes the tab):
     * the engine has already queued those changes for this UI when the avatars stop listening, and hands them over
     * afterwards. The engine's own avatar group failed on such a queued departure of someone it had forgotten (an
     * assertion, or a {@code NullPointerException} without assertions: an error in the log for every such page).
     */
    @Test
    void changesQueuedWhileTheAvatarsLeaveAreIgnored() {
        String topic = Topics.item("test-presence", System.nanoTime());
        OnlineAvatars avatars = onScreen(topic);
        Registration sam = present(topic, 9009L, "Sam Carter", Team.SALES);
        awaitUi(() -> names(avatars).contains("Sam Carter"), Duration.ofSeconds(5));

        VaadinSession session = VaadinSession.getCurrent();
        int queued = session.getPendingAccessQueue().size();
        sam.remove();
        Registration leo = present(topic, 9001L, "Leo Fischer", Team.MARKETING);
        // the test holds the session's lock, so the engine's thread can only queue the changes for this UI
        await().atMost(Duration.ofSeconds(5)).until(() -> session.getPendingAccessQueue().size() > queued);
        waitForEngine();
        UI.getCurrent().remove(avatars);

        MockVaadin.clientRoundtrip(false); // runs the queued changes; fails the test if one throws
        assertThat(names(avatars)).as("avatars off the page follow nobody").containsExactly("Maya Singh");

        UI.getCurrent().add(avatars);
        awaitUi(() -> names(avatars).contains("Leo Fischer"), Duration.ofSeconds(5));
        assertThat(names(avatars)).containsExactly("Maya Singh", "Leo Fischer");
        leo.remove();
    }

    /** Maya's avatars of {@code topic}, on her page. */
    private OnlineAvatars onScreen(String topic) {
        OnlineAvatars avatars = collaboration.avatars(topic);
        UI.getCurrent().add(avatars);
        MockVaadin.clientRoundtrip(false);
        return avatars;
    }

    /** Another page with the avatars on {@code topic}, signed in as someone other than Maya; remove() closes it. */
    private static Registration present(String topic, long personId, String name, Team team) {
        CollaborationEngine engine = CollaborationEngine.getInstance();
        UserInfo user = CollaborationUsers.of(personId, name, team);
        return engine.openTopicConnection(engine.getSystemContext(), topic, user, connection -> {
            connection.getNamedList(OnlineAvatars.LIST).apply(ListOperation.insertLast(user)
                    .withScope(EntryScope.CONNECTION));
            return null;
        });
    }

    private static AvatarGroup group(OnlineAvatars avatars) {
        return _get(avatars, AvatarGroup.class);
    }

    private static List<String> names(OnlineAvatars avatars) {
        return group(avatars).getItems().stream().map(AvatarGroup.AvatarGroupItem::getName).toList();
    }

    private static void waitForEngine() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
