package io.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.tandem.TandemApplication;
import io.tandem.campaign.DemoCampaigns;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes on loopback sharing one MariaDB and forming a Hazelcast cluster: a change made on node A shows
 * on a page served by node B within 1 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tandem.demo.enabled=true", "vaadin.devmode.devTools.enabled=false",
        "tandem.cluster.enabled=true", "tandem.cluster.name=tandem-it", "tandem.cluster.port=5811",
        "tandem.cluster.members=127.0.0.1:5811,127.0.0.1:5812"})
class ClusterIT extends BrowserTest {

    private static ConfigurableApplicationContext nodeB;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoCampaigns demoCampaigns;
    @Autowired
    io.tandem.lead.LeadService leads;
    @Autowired
    io.tandem.SignIn signInOnThisThread;

    private String urlB(String path) {
        if (nodeB == null) {
            nodeB = new SpringApplicationBuilder(TandemApplication.class).run(
                    "--server.port=0", "--tandem.demo.enabled=true", "--vaadin.devmode.devTools.enabled=false",
                    "--tandem.cluster.enabled=true", "--tandem.cluster.name=tandem-it", "--tandem.cluster.port=5812",
                    "--tandem.cluster.members=127.0.0.1:5811,127.0.0.1:5812");
            useThisContextsSecurityStrategy(); // node B installed its own global strategy
        }
        return "http://localhost:" + nodeB.getEnvironment().getProperty("local.server.port") + "/" + path;
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private Page signInAt(String loginUrl, String home, String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        page.navigate(loginUrl);
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(home);
        return page;
    }

    @Test
    void aChangeOnNodeAShowsOnNodeBWithinOneSecond() {
        demoCampaigns.seed();
        Long id = jdbc.queryForObject("SELECT id FROM campaign WHERE name LIKE 'Spring launch%'", Long.class);
        Page maya = signInAt(url("login"), url(""), "maya");
        Page sam = signInAt(urlB("login"), urlB(""), "sam");
        try {
            maya.navigate(url("campaigns/" + id));
            sam.navigate(urlB("campaigns/" + id));

            // presence crosses nodes
            for (Page page : new Page[] {maya, sam}) {
                page.waitForFunction("() => { const g = document.querySelector('.workspace-presence vaadin-avatar-group');"
                        + " return g && g.items && g.items.length >= 2; }", null,
                        new Page.WaitForFunctionOptions().setTimeout(5000));
            }

            // a co-edited field typed on node A appears on node B
            String text = "Agreed across two nodes " + System.nanoTime();
            maya.getByLabel("Objective").fill(text);
            Instant typed = Instant.now();
            assertThat(sam.getByLabel("Objective")).hasValue(text,
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasValueOptions().setTimeout(1500));
            System.out.printf("Cluster: node B showed node A's edit %d ms after typing stopped%n",
                    Duration.between(typed, Instant.now()).toMillis());

            // a discussion message sent on node B appears on node A
            String message = "Seen from the other node " + System.nanoTime();
            sam.locator(".discussion vaadin-message-input textarea").fill(message);
            sam.locator(".discussion vaadin-message-input textarea").press("Enter");
            assertThat(maya.locator(".discussion vaadin-message-list")).containsText(message,
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(1500));

            // a live notice (sales input added on node B) refreshes node A
            sam.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                    new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Sales input.*"))).click();
            maya.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                    new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Sales input.*"))).click();
            String input = "Procurement asks for SOC 2 " + System.nanoTime();
            sam.locator(".input-composer textarea").fill(input);
            sam.locator(".input-composer vaadin-button").click();
            assertThat(maya.locator(".input-entries")).containsText(input,
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(1500));

            // a lead moved on node A's board (Maya hands it over with the keyboard) moves on node B's board
            signInOnThisThread.as("leo");
            io.tandem.lead.LeadCard lead = leads.create(new io.tandem.lead.LeadForm("Cluster Lead", "Two Nodes AG",
                    "cluster-" + System.nanoTime() + "@x.example", null, "CTO", null, "Webinar", null));
            signInOnThisThread.out();
            String card = ".lead-card[data-lead-id='" + lead.id() + "']";
            maya.navigate(url("leads"));
            sam.navigate(urlB("leads"));
            maya.locator(".lead-column.stage-new " + card).waitFor();
            sam.locator(".lead-column.stage-new " + card).waitFor();
            maya.locator(".lead-column.stage-new " + card).focus();
            maya.keyboard().press("h");
            maya.locator(".lead-column.stage-mql " + card).waitFor();
            Instant moved = Instant.now();
            sam.locator(".lead-column.stage-mql " + card)
                    .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(1000));
            assertThat(sam.locator(".lead-column.stage-new " + card)).hasCount(0);
            System.out.printf("Cluster: node B's board moved the lead %d ms after node A's did%n",
                    Duration.between(moved, Instant.now()).toMillis());
        } finally {
            maya.context().close();
            sam.context().close();
        }
    }
}
