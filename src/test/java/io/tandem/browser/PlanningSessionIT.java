package io.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tandem.campaign.DemoCampaigns;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The joint planning session in two real browsers: Maya (Marketing) and Sam (Sales) in one workspace. */
class PlanningSessionIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoCampaigns demoCampaigns;

    @Test
    void briefIsCoEditedLiveAndSavedWithoutASaveButton() {
        demoCampaigns.seed();
        Long id = jdbc.queryForObject("SELECT id FROM campaign WHERE name LIKE 'Spring launch%'", Long.class);
        Page maya = signIn("maya");
        Page sam = signIn("sam");
        try {
            maya.navigate(url("campaigns/" + id));
            sam.navigate(url("campaigns/" + id));
            Locator mayaObjective = maya.getByLabel("Objective");
            Locator samObjective = sam.getByLabel("Objective");
            assertThat(samObjective).isVisible();

            // both see each other in the workspace
            for (Page page : new Page[] {maya, sam}) {
                page.waitForFunction("() => { const g = document.querySelector('.workspace-presence vaadin-avatar-group');"
                        + " return g && g.items && g.items.length >= 2; }", null,
                        new Page.WaitForFunctionOptions().setTimeout(5000));
            }

            String text = "Win 50 mid-market deals, agreed live with sales";
            mayaObjective.fill(text);
            Instant typed = Instant.now();
            assertThat(samObjective).hasValue(text, new com.microsoft.playwright.assertions.LocatorAssertions
                    .HasValueOptions().setTimeout(2000));
            long seenAfter = Duration.between(typed, Instant.now()).toMillis();

            // saved to the database within 2 s of the last keystroke, without a Save button
            long deadline = System.currentTimeMillis() + 2000;
            String stored = null;
            while (System.currentTimeMillis() < deadline) {
                stored = jdbc.queryForObject("SELECT objective FROM campaign WHERE id = ?", String.class, id);
                if (text.equals(stored)) {
                    break;
                }
                maya.waitForTimeout(100);
            }
            assertThat(stored).isEqualTo(text);
            System.out.printf("Planning session: Sam saw Maya's edit %d ms after she stopped typing%n", seenAfter);
            assertThat(maya.locator(".save-state")).hasText("All changes saved");

            // Maya's brief change cleared Sam's earlier signature, and Sam's sign-off card says so live
            assertThat(sam.locator(".signoff-card")).containsText("Waiting for a Sales team lead");

            // Sam adds sales input; Maya sees it live
            sam.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                    new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Sales input.*"))).click();
            maya.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                    new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Sales input.*"))).click();
            sam.locator(".input-composer textarea").fill("Security reviews stall deals in week 3");
            sam.locator(".input-composer vaadin-button").click();
            assertThat(maya.locator(".input-entries")).containsText("Security reviews stall deals in week 3");
            screenshot(maya, "workspace-input");

            // Maya adds a task to the plan; Sam sees the row, moves it to the top from the keyboard and ticks it;
            // Maya sees both, in her own plan
            for (Page page : new Page[] {maya, sam}) {
                page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                        new Page.GetByRoleOptions().setName("Plan")).click();
            }
            String task = "Record the demo for the security review";
            // a row that only shows Maya's task asks nothing of the server: Flow's Checkbox made every open plan
            // send a request back for each new row (campaign.ui.DoneBox, docs/decisions/0032)
            java.util.List<String> samAsked = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.function.Consumer<com.microsoft.playwright.Request> asked = r -> {
                if (r.url().contains("v-r=uidl")) {
                    samAsked.add(r.postData());
                }
            };
            assertThat(sam.getByLabel("Task title")).isVisible();
            sam.waitForTimeout(500); // the composer Sam's page just drew tells the server its fields' first values
            sam.onRequest(asked);
            maya.getByLabel("Task title").fill(task);
            maya.getByLabel("Task title").press("Enter");
            Locator samRow = sam.locator(".plan-row", new Page.LocatorOptions().setHasText(task));
            assertThat(samRow).isVisible();
            sam.waitForTimeout(1000);
            sam.offRequest(asked);
            assertThat(samAsked).as("requests from Sam's page for Maya's new task").isEmpty();
            int rows = sam.locator(".plan-row").count();
            for (int i = 1; i < rows; i++) {
                samRow.focus();
                samRow.press("Alt+ArrowUp");
                assertThat(sam.locator(".plan-row").nth(rows - 1 - i)).containsText(task);
            }
            samRow.locator("vaadin-checkbox").click();
            Locator mayaFirst = maya.locator(".plan-row").first();
            assertThat(mayaFirst).containsText(task);
            assertThat(mayaFirst).hasClass(java.util.regex.Pattern.compile(".*\\bdone\\b.*"));
            assertThat(jdbc.queryForObject("SELECT done FROM plan_item WHERE title = ?", Boolean.class, task))
                    .isTrue();
            screenshot(maya, "workspace-plan");

            maya.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                    new Page.GetByRoleOptions().setName("Brief")).click();
            sam.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                    new Page.GetByRoleOptions().setName("Brief")).click();
            maya.getByLabel("Key messages").focus();
            // Sam sees that Maya is editing the key messages (field highlight in her team colour)
            sam.waitForFunction("() => [...document.querySelectorAll('vaadin-text-area')]"
                    + ".some(a => a.label === 'Key messages' && a.hasAttribute('has-highlighter')"
                    + " || (a.label === 'Key messages' && a.querySelector('vaadin-field-highlighter')))", null,
                    new Page.WaitForFunctionOptions().setTimeout(5000));
            sam.setViewportSize(1280, 1000);
            screenshot(sam, "workspace");
        } finally {
            maya.context().close();
            sam.context().close();
        }
    }
}
