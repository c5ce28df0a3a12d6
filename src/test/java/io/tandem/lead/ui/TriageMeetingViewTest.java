package io.tandem.lead.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.tandem.KaribuTest;
import io.tandem.SignIn;
import io.tandem.lead.CampaignTally;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadDefinitionService;
import io.tandem.lead.LeadDefinitionView;
import io.tandem.lead.LeadForm;
import io.tandem.lead.LeadService;
import io.tandem.lead.LeadStage;
import io.tandem.lead.MeetingView;
import io.tandem.lead.TriageMeetingService;
import io.tandem.people.DemoPeople;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TriageMeetingViewTest extends KaribuTest {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    LeadService leads;
    @Autowired
    TriageMeetingService meetings;
    @Autowired
    SignIn signIn;
    @Autowired
    LeadDefinitionService definitions;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void demo() {
        demoPeople.seed();
        jdbc.update("UPDATE lead_meeting SET ended_at = NOW(6) WHERE ended_at IS NULL");
    }

    @AfterEach
    void leave() {
        _find(LeadBoardView.class).forEach(LeadBoardView::removeFromParent);
        MockVaadin.clientRoundtrip(false);
        jdbc.update("UPDATE lead_meeting SET ended_at = NOW(6) WHERE ended_at IS NULL");
    }

    private static LeadBoardView openBoard() {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(LeadBoardView.class);
        MockVaadin.clientRoundtrip(false);
        return _get(LeadBoardView.class);
    }

    private static void until(java.util.concurrent.Callable<Boolean> condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return condition.call();
        });
    }

    /** Puts a definition with "Budget known" in force, signed by Maya and Sam. */
    private void definitionWithBudgetKnown() {
        signIn.as("maya");
        if (definitions.inForce().map(d -> d.criteria().contains("Budget known")).orElse(false)) {
            return;
        }
        LeadDefinitionView d = definitions.propose(List.of("Budget known", "Need confirmed"), 24);
        d = definitions.sign(d.id(), d.version());
        signIn.as("sam");
        definitions.sign(d.id(), d.version());
    }

    @Test
    void participantsFollowTheFacilitatorsFocusAndTheMeetingEndsWithASummary() {
        definitionWithBudgetKnown();
        signIn.as("leo");
        LeadCard lead = leads.create(new LeadForm("Focus Person", "Focus Corp", "focus-" + System.nanoTime()
                + "@x.example", null, "CFO", null, "Webinar", null));
        lead = leads.handOver(lead.id(), lead.version(), List.of("Budget known"));
        Long leadId = lead.id();

        login("sam");
        LeadBoardView board = openBoard();
        assertThat(board.startMeeting.isVisible()).isTrue();
        _click(board.startMeeting);
        MeetingView meeting = meetings.current().orElseThrow();
        assertThat(meeting.facilitatorName()).isEqualTo("Sam Carter");
        assertThat(board.meetingBar.getClassNames()).contains("running");

        CardView card = board.columns.get(LeadStage.MQL).cardViews.stream()
                .filter(c -> c.lead.id().equals(leadId)).findFirst().orElseThrow();
        ContextMenuKt._clickItemWithCaption(LeadBoardViewTest.menu(board, card), "Focus in meeting");
        until(() -> board.focusPanel.isVisible());
        assertThat(board.focusedLeadId).isEqualTo(leadId);
        assertThat(board.focusPanel.getElement().getTextRecursively()).contains("Focus Person", "Focus Corp",
                "✓ Budget known");

        // a participant opening the board follows the focus
        login("priya");
        LeadBoardView priyaBoard = openBoard();
        until(() -> priyaBoard.focusPanel.isVisible() && leadId.equals(priyaBoard.focusedLeadId));
        assertThat(priyaBoard.startMeeting.isVisible()).isFalse();
        assertThat(priyaBoard.meetingBar.getElement().getTextRecursively()).contains("run by Sam Carter");
        assertThat(priyaBoard.endMeeting.getParent()).isEmpty();
        // the verdict from the focus panel is marked as given in the meeting
        _click(_get(priyaBoard.focusPanel, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Accept (become owner)")));
        assertThat(jdbc.queryForObject("SELECT verdict_meeting_id FROM lead_item WHERE id = ?", Long.class, leadId))
                .isEqualTo(meeting.id());
        CardView accepted = priyaBoard.columns.get(LeadStage.ACCEPTED).cardViews.stream()
                .filter(c -> c.lead.id().equals(leadId)).findFirst().orElseThrow();
        assertThat(accepted.getElement().getProperty("innerHTML")).contains("Decided in triage");

        login("sam");
        LeadBoardView samBoard = openBoard();
        samBoard.endMeetingNow(meeting.id());
        MeetingSummaryDialog summary = _get(MeetingSummaryDialog.class);
        assertThat(summary.getElement().getTextRecursively()).contains("1 accepted · 0 rejected · 0 recycled");
        assertThat(meetings.summary(meeting.id())).containsExactly(new CampaignTally(null, 1, 0, 0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_meeting_result WHERE meeting_id = ?",
                Integer.class, meeting.id())).isEqualTo(1);
        until(() -> !samBoard.focusPanel.isVisible());
        assertThat(samBoard.startMeeting.getParent()).isPresent();
    }
}
