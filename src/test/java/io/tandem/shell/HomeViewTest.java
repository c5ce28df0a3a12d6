package io.tandem.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.tandem.KaribuTest;
import io.tandem.SignIn;
import io.tandem.base.NeedsYou;
import io.tandem.campaign.CampaignRef;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.PlanTask;
import io.tandem.collaboration.SettledUpdates;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadForm;
import io.tandem.lead.LeadService;
import io.tandem.people.DemoPeople;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Home follows what needs the person live, settled: a burst of changes is one read, and only where it happened. */
class HomeViewTest extends KaribuTest {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    LeadService leads;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void demo() {
        demoPeople.seed();
    }

    /** Leaves home while still signed in, so no live refresh reaches it after sign-out. */
    @AfterEach
    void leaveHome() {
        com.github.mvysny.kaributesting.v10.LocatorJ._find(HomeView.class).forEach(HomeView::removeFromParent);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void handOversShowOnceSettledAndReadOnlyTheBoardsNeeds() {
        // Sam (sales team lead) takes part in a plan with a task owned by someone else
        signIn.as("sam");
        CampaignRef plan = campaigns.create("Home burst " + System.nanoTime());
        PlanTask task = campaigns.addTask(plan.id(), "Call the pilot accounts", null, null);
        login("sam");
        UI.getCurrent().navigate(HomeView.class);
        HomeView home = _get(HomeView.class);
        long before = verdictsWaiting(home.shown);

        // the task becomes Sam's without a live notice: only a read of the campaigns' needs would show it
        jdbc.update("UPDATE plan_item SET owner_id = (SELECT id FROM person WHERE username = 'sam') WHERE id = ?",
                task.id());
        signIn.as("leo");
        for (int i = 0; i < 3; i++) {
            LeadCard lead = leads.create(new LeadForm("Home burst " + i, "Burst AG",
                    "burst-" + System.nanoTime() + "@x.example", null, null, null, "Webinar", null));
            leads.handOver(lead.id(), lead.version(), List.of());
        }
        login("sam");
        awaitUi(() -> verdictsWaiting(home.shown) == before + 3, SettledUpdates.DELAY.plusSeconds(8));
        assertThat(home.shown).as("the board's notices read the board's needs only")
                .noneMatch(n -> n.title().endsWith("Call the pilot accounts"));

        // a change announced for campaigns reads the campaigns' needs, and the task shows
        signIn.as("sam");
        campaigns.addTask(plan.id(), "Second step", null, null);
        login("sam");
        awaitUi(() -> home.shown.stream().anyMatch(n -> n.kind().equals("Your task")
                && n.title().endsWith("Call the pilot accounts")), SettledUpdates.DELAY.plusSeconds(8));
    }

    /** The count in "N handed-over leads wait for a verdict" (0 when home does not show it). */
    private static long verdictsWaiting(List<NeedsYou> shown) {
        return shown.stream().filter(n -> n.kind().equals("Lead verdicts")).findFirst()
                .map(n -> Long.parseLong(n.title().split(" ")[0].replaceAll("\\D", ""))).orElse(0L);
    }
}
