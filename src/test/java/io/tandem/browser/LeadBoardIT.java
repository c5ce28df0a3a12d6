package io.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tandem.SignIn;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadForm;
import io.tandem.lead.LeadService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lead board in two real browsers: a sales rep's verdict reaches a marketer's board within a second. */
class LeadBoardIT extends BrowserTest {

    @Autowired
    LeadService leads;
    @Autowired
    SignIn signInOnThisThread;

    @Test
    void aSalesRepAcceptsALeadAndTheMarketersBoardShowsItWithinOneSecond() {
        signInOnThisThread.as("leo");
        LeadCard lead = leads.create(new LeadForm("Browser Lead", "Playwright AG", "browser-" + System.nanoTime()
                + "@x.example", null, "CTO", null, "Webinar", null));
        lead = leads.handOver(lead.id(), lead.version(), List.of());
        signInOnThisThread.out();
        String card = ".lead-card[data-lead-id='" + lead.id() + "']";

        Page maya = signIn("maya");
        Page priya = signIn("priya");
        try {
            for (Page page : List.of(maya, priya)) {
                page.navigate(url("leads"));
                page.locator(".lead-column.stage-mql " + card).waitFor();
            }
            assertThat(maya.locator(".lead-definition-chip")).containsText("in force");
            screenshot(maya, "lead-board");

            // keyboard: focus the card and press A (accept)
            Locator priyaCard = priya.locator(".lead-column.stage-mql " + card);
            priyaCard.focus();
            priya.keyboard().press("a");
            priya.locator(".lead-column.stage-accepted " + card).waitFor();
            long shownToPriya = System.nanoTime();

            maya.locator(".lead-column.stage-accepted " + card)
                    .waitFor(new Locator.WaitForOptions().setTimeout(1000));
            long millis = (System.nanoTime() - shownToPriya) / 1_000_000;
            assertThat(millis).isLessThan(1000);
            assertThat(maya.locator(".lead-column.stage-mql " + card)).hasCount(0);
            assertThat(maya.locator(".lead-column.stage-accepted " + card)).containsText("Browser Lead");
            screenshot(maya, "lead-board-after-verdict");
        } finally {
            maya.context().close();
            priya.context().close();
        }
    }

    @Test
    void theCardMenuOpensFromItsButtonAndARightClickWithTheActionsOnThatCard() {
        signInOnThisThread.as("leo");
        LeadCard first = leads.handOver(leads.create(new LeadForm("Menu Lead One", "Menu AG", "menu-one-"
                + System.nanoTime() + "@x.example", null, null, null, null, null)).id(), 0, List.of());
        LeadCard second = leads.handOver(leads.create(new LeadForm("Menu Lead Two", "Menu AG", "menu-two-"
                + System.nanoTime() + "@x.example", null, null, null, null, null)).id(), 0, List.of());
        signInOnThisThread.out();
        String firstCard = ".lead-column.stage-mql .lead-card[data-lead-id='" + first.id() + "']";
        String secondCard = ".lead-column.stage-mql .lead-card[data-lead-id='" + second.id() + "']";

        Page priya = signIn("priya");
        try {
            priya.navigate(url("leads"));
            priya.locator(firstCard).waitFor();

            // the ⋮ button: the column's one menu opens with the actions a sales rep has on an MQL lead
            priya.locator(firstCard + " .lead-card-menu").click();
            Locator items = priya.locator("vaadin-context-menu-item");
            assertThat(items.filter(new Locator.FilterOptions().setHasText("Accept (become owner)"))).isVisible();
            assertThat(items.filter(new Locator.FilterOptions().setHasText("Reject…"))).isVisible();
            assertThat(items.filter(new Locator.FilterOptions().setHasText("Hand over to sales"))).hasCount(0);
            screenshot(priya, "lead-card-menu");
            priya.keyboard().press("Escape");
            assertThat(items).hasCount(0);

            // from the keyboard: Tab from the focused card reaches its ⋮ button, Enter opens the same menu
            priya.locator(firstCard).focus();
            priya.keyboard().press("Tab");
            assertThat(priya.locator(firstCard + " .lead-card-menu")).isFocused();
            priya.keyboard().press("Enter");
            assertThat(items.filter(new Locator.FilterOptions().setHasText("Accept (become owner)"))).isVisible();
            priya.keyboard().press("Escape");
            assertThat(items).hasCount(0);

            // a right click on the other card: the action goes to that card, not the one the menu opened on before
            priya.locator(secondCard).click(new Locator.ClickOptions().setButton(
                    com.microsoft.playwright.options.MouseButton.RIGHT));
            items.filter(new Locator.FilterOptions().setHasText("Accept (become owner)")).click();
            priya.locator(".lead-column.stage-accepted .lead-card[data-lead-id='" + second.id() + "']").waitFor();
            assertThat(priya.locator(firstCard)).hasCount(1);
        } finally {
            priya.context().close();
        }
    }
}
