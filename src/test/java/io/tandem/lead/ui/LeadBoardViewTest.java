package io.tandem.lead.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.notification.Notification;
import io.tandem.KaribuTest;
import io.tandem.SignIn;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadDefinitionService;
import io.tandem.lead.LeadDefinitionView;
import io.tandem.lead.LeadForm;
import io.tandem.lead.LeadService;
import io.tandem.lead.LeadStage;
import io.tandem.lead.RejectReason;
import io.tandem.people.DemoPeople;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LeadBoardViewTest extends KaribuTest {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    LeadService leads;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LeadDefinitionService definitions;

    @BeforeEach
    void demo() {
        demoPeople.seed();
    }

    /** Leaves the board while still signed in, so no live notice reaches it after sign-out. */
    @AfterEach
    void leaveBoard() {
        com.github.mvysny.kaributesting.v10.LocatorJ._find(LeadBoardView.class).forEach(LeadBoardView::removeFromParent);
        MockVaadin.clientRoundtrip(false);
    }

    /** A fresh lead handed over by marketing (leo), then the test signs in as {@code viewer}. */
    private LeadCard handedOver(String name, String viewer) {
        signIn.as("leo");
        LeadCard lead = leads.create(new LeadForm(name, "Board GmbH", "board-" + System.nanoTime() + "@x.example",
                null, null, null, "Webinar", null));
        lead = leads.handOver(lead.id(), lead.version(), List.of());
        login(viewer);
        return lead;
    }

    private static LeadBoardView board() {
        UI.getCurrent().navigate(LeadBoardView.class);
        return _get(LeadBoardView.class);
    }

    private static Optional<CardView> card(LeadBoardView board, LeadStage stage, Long id) {
        return board.columns.get(stage).cardViews.stream().filter(c -> c.lead.id().equals(id)).findFirst();
    }

    /** The column's action menu as it opens on {@code card} (a right click or its ⋮ button). */
    static ContextMenu menu(LeadBoardView board, CardView card) {
        return board.columns.get(card.lead.stage()).menuFor(card);
    }

    private static List<String> captions(LeadBoardView board, CardView card) {
        return menu(board, card).getItems().stream().map(MenuItem::getText).toList();
    }

    @Test
    void salesRepAcceptsFromTheCardMenuAndBecomesOwner() {
        LeadCard lead = handedOver("Menu Accept", "priya");
        LeadBoardView board = board();
        CardView card = card(board, LeadStage.MQL, lead.id()).orElseThrow();
        assertThat(captions(board, card)).contains("Accept (become owner)", "Reject…", "Recycle to nurture…",
                "Log first contact").doesNotContain("Hand over to sales");
        assertThat(card.getElement().getAttribute("tabindex")).isEqualTo("0");

        ContextMenuKt._clickItemWithCaption(menu(board, card), "Accept (become owner)");

        assertThat(card(board, LeadStage.MQL, lead.id())).isEmpty();
        CardView accepted = card(board, LeadStage.ACCEPTED, lead.id()).orElseThrow();
        // the owner's avatar, named for a hover and for a screen reader, and the owner in the card's own label
        assertThat(accepted.getElement().getProperty("innerHTML")).contains("class=\"card-avatar\" role=\"img\" "
                + "title=\"Priya Nair\" aria-label=\"Priya Nair\"");
        assertThat(accepted.getElement().getAttribute("aria-label")).startsWith("Menu Accept, ")
                .contains(", owned by Priya Nair. Enter opens");
        assertThat(jdbc.queryForObject("SELECT p.username FROM lead_item l JOIN person p ON p.id = l.owner_id"
                + " WHERE l.id = ?", String.class, lead.id())).isEqualTo("priya");
    }

    @Test
    void aCardSomeoneActsOnShowsTheirAvatar() {
        LeadCard lead = handedOver("Acted On", "priya");
        LeadBoardView board = board();
        MockVaadin.clientRoundtrip(false);
        CardView card = card(board, LeadStage.MQL, lead.id()).orElseThrow();
        // another person (as seen through the shared state) opens a dialog on this card
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return board.sharedState() != null && board.sharedState().connected();
        });
        board.sharedState().put("acting:-7", lead.id() + "|1|Someone Else", false);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return card(board, LeadStage.MQL, lead.id()).orElseThrow().actorNames().size() == 1;
        });
        CardView acted = card(board, LeadStage.MQL, lead.id()).orElseThrow();
        assertThat(acted.actorNames()).containsExactly("Someone Else");
        assertThat(acted.getClassNames()).contains("being-acted-on");
        assertThat(acted.getElement().getProperty("innerHTML")).contains("title=\"Someone Else\"", ">SE</span>");
        board.sharedState().put("acting:-7", null, false);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return card(board, LeadStage.MQL, lead.id()).orElseThrow().actorNames().isEmpty();
        });
        // my own dialog does not put my avatar on my own board
        ContextMenuKt._clickItemWithCaption(menu(board, card), "Reject…");
        MockVaadin.clientRoundtrip(false);
        assertThat(card(board, LeadStage.MQL, lead.id()).orElseThrow().actorNames()).isEmpty();
        _get(RejectDialog.class).close();
    }

    @Test
    void marketingCannotGiveVerdictsAndAnInvalidDropIsRefusedWithAReason() {
        LeadCard lead = handedOver("Drop Refused", "leo");
        LeadBoardView board = board();
        CardView card = card(board, LeadStage.MQL, lead.id()).orElseThrow();
        assertThat(captions(board, card)).containsExactly("Open details");
        assertThat(board.addLead.isVisible()).isTrue();

        board.drop(lead, LeadStage.ACCEPTED);
        NotificationsKt.expectNotifications("Only Sales may move a lead from Handed over (MQL) to Accepted");
        board.drop(lead, LeadStage.WON);
        assertThat(NotificationsKt.getNotifications()).extracting(n -> text(n))
                .anySatisfy(t -> assertThat(t).contains("cannot move from Handed over (MQL) to Won"));
        assertThat(jdbc.queryForObject("SELECT stage FROM lead_item WHERE id = ?", String.class, lead.id()))
                .isEqualTo("MQL");
    }

    @Test
    void salesCannotAddLeadsOrHandOver() {
        signIn.as("leo");
        LeadCard lead = leads.create(new LeadForm("Still New", null, "new-" + System.nanoTime() + "@x.example",
                null, null, null, null, null));
        login("priya");
        LeadBoardView board = board();
        assertThat(board.addLead.isVisible()).isFalse();
        CardView card = card(board, LeadStage.NEW, lead.id()).orElseThrow();
        assertThat(captions(board, card)).containsExactly("Open details");
        board.drop(lead, LeadStage.MQL);
        NotificationsKt.expectNotifications("Only Marketing may move a lead from New to Handed over (MQL)");
    }

    @Test
    void rejectNeedsAReasonThenLandsInLostWithTheReason() {
        LeadCard lead = handedOver("Reject Dialog", "jonas");
        LeadBoardView board = board();
        ContextMenuKt._clickItemWithCaption(menu(board, card(board, LeadStage.MQL, lead.id()).orElseThrow()), "Reject…");
        RejectDialog dialog = _get(RejectDialog.class);
        _click(dialog.reject);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Pick a reason");
        _setValue(dialog.reason, RejectReason.OTHER);
        _click(dialog.reject);
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("SELECT stage FROM lead_item WHERE id = ?", String.class, lead.id()))
                .isEqualTo("MQL");

        _setValue(dialog.reason, RejectReason.NO_BUDGET);
        _setValue(dialog.note, "Budget frozen until spring");
        _click(dialog.reject);
        _assertNone(RejectDialog.class);
        CardView lost = card(board, LeadStage.LOST, lead.id()).orElseThrow();
        assertThat(lost.lead.rejectReason()).isEqualTo(RejectReason.NO_BUDGET);
        assertThat(lost.lead.verdictNote()).isEqualTo("Budget frozen until spring");
    }

    @Test
    void overdueFilterShowsOnlyLateLeadsWithARedClock() {
        LeadCard late = handedOver("Late Lead", "priya");
        LeadCard onTime = handedOver("On Time Lead", "priya");
        jdbc.update("UPDATE lead_item SET sla_due_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), late.id());
        LeadBoardView board = board();
        _setValue(board.overdueOnly, true);
        CardView card = card(board, LeadStage.MQL, late.id()).orElseThrow();
        assertThat(card(board, LeadStage.MQL, onTime.id())).isEmpty();
        assertThat(card.getElement().getProperty("innerHTML")).contains("<span class=\"sla-clock sla-red\"", "Overdue");
        _setValue(board.overdueOnly, false);
        _setValue(board.myLeads, true);
        assertThat(board.ownerFilter.getValue().username()).isEqualTo("priya");
        assertThat(board.exportCsv.getHref()).isNotBlank();
        assertThat(card(board, LeadStage.MQL, late.id())).isEmpty();
    }

    @Test
    void aCardShowsHostileTextAsTextNeverAsMarkup() {
        signIn.as("leo");
        LeadCard lead = leads.create(new LeadForm("<img src=x onerror=alert(1)>", "\"><script>x()</script> & Co",
                "hostile-card-" + System.nanoTime() + "@x.example", null, null, null, null, null));
        login("leo");
        LeadBoardView board = board();
        CardView card = card(board, LeadStage.NEW, lead.id()).orElseThrow();
        String html = card.getElement().getProperty("innerHTML");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;", "&quot;&gt;&lt;script&gt;x()&lt;/script&gt; &amp; Co",
                "aria-label=\"Actions for &lt;img src=x onerror=alert(1)&gt;\"");
        assertThat(html).doesNotContain("<img", "<script");
        // plain elements only: a web component in every card doubled a browser's work per live change (decision 0037)
        assertThat(html).doesNotContain("<vaadin-").contains("<button type=\"button\" class=\"lead-card-menu\"");
        assertThat(card.getElement().getAttribute("aria-label")).startsWith("<img src=x onerror=alert(1)>, ");
    }

    @Test
    void anotherPersonsVerdictAppearsLive() {
        handedOver("Live Bystander", "leo");
        signIn.as("leo");
        leads.create(new LeadForm("Live Newcomer", null, "newcomer-" + System.nanoTime() + "@x.example", null, null,
                null, null, null));
        LeadCard lead = handedOver("Live Verdict", "leo");
        LeadBoardView board = board();
        assertThat(card(board, LeadStage.MQL, lead.id())).isPresent();
        List<CardView> otherMql = board.columns.get(LeadStage.MQL).cardViews.stream()
                .filter(c -> !c.lead.id().equals(lead.id())).toList();
        List<CardView> newColumn = List.copyOf(board.columns.get(LeadStage.NEW).cardViews);
        assertThat(otherMql).isNotEmpty();
        assertThat(newColumn).isNotEmpty();
        MockVaadin.clientRoundtrip(false);

        signIn.as("priya");
        leads.accept(lead.id(), lead.version());
        login("leo");
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return card(board, LeadStage.ACCEPTED, lead.id()).isPresent();
        });
        assertThat(card(board, LeadStage.MQL, lead.id())).isEmpty();
        // only what changed is redrawn: the other cards are the very same components, a column it never touched
        // was not even reloaded
        assertThat(board.columns.get(LeadStage.MQL).cardViews).containsExactlyElementsOf(otherMql);
        assertThat(board.columns.get(LeadStage.NEW).cardViews).containsExactlyElementsOf(newColumn);
    }

    @Test
    void theDefinitionInForceIsShownAndTeamLeadsSignFromTheBoard() {
        login("maya");
        LeadBoardView board = board();
        _click(board.definitionButton);
        DefinitionDialog dialog = _get(DefinitionDialog.class);
        _setValue(dialog.criteria, "");
        _click(dialog.propose);
        assertThat(dialog.criteria.isInvalid()).isTrue();
        _setValue(dialog.criteria, "Budget known\nBoard test criterion " + System.nanoTime());
        _setValue(dialog.slaHours, 20);
        _click(dialog.propose);
        assertThat(dialog.criteria.isInvalid()).isFalse();
        _assertOne(DefinitionDialog.class);
        LeadDefinitionView proposed = definitions.history().getFirst();
        assertThat(proposed.slaHours()).isEqualTo(20);
        assertThat(proposed.status()).isEqualTo(LeadDefinitionView.Status.PROPOSED);
        MockVaadin.clientRoundtrip(false);

        LeadDefinitionView signed = definitions.sign(proposed.id(), proposed.version()); // maya, Marketing
        signIn.as("sam");
        definitions.sign(proposed.id(), signed.version());
        login("maya");
        String expected = "Definition v" + proposed.versionNo() + " in force · SLA 20 business hours";
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return board.definitionButton.getText().equals(expected);
        });
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", n.getElement().getTextRecursively());
    }

    @Autowired
    io.tandem.campaign.CampaignService campaigns;

    @Test
    void aLinkFromACampaignOpensTheBoardFilteredToIt() {
        signIn.as("maya");
        io.tandem.campaign.CampaignRef campaign = campaigns.create("Board link " + System.nanoTime());
        login("maya");
        UI.getCurrent().navigate("leads", com.vaadin.flow.router.QueryParameters.of("campaign", String.valueOf(campaign.id())));
        LeadBoardView board = _get(LeadBoardView.class);
        org.assertj.core.api.Assertions.assertThat(board.campaignFilter.getValue()).isEqualTo(campaign);
        UI.getCurrent().navigate("leads", com.vaadin.flow.router.QueryParameters.of("campaign", "not-a-number"));
        org.assertj.core.api.Assertions.assertThat(_get(LeadBoardView.class).campaignFilter.getValue()).isNull();
    }
}
