package io.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shell in a real browser: sign-in, presence across two people, the admin's People view. */
class ShellIT extends BrowserTest {

    @Test
    void signInPageShowsTheDemoLoginsAndRejectsAWrongPassword() {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 800)).newPage();
        page.navigate(url(""));
        page.waitForURL(url("login"));
        assertThat(page.locator(".demo-logins")).containsText("maya");
        screenshot(page, "login");

        page.locator("vaadin-login-form input[name=username]").fill("maya");
        page.locator("vaadin-login-form input[name=password]").fill("wrong-password-1");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url("login?error"));
        assertThat(page.locator("vaadin-login-form")).containsText("That did not work");
        page.context().close();
    }

    @Test
    void twoPeopleFromBothTeamsSeeEachOtherOnline() {
        Page maya = signIn("maya");
        List<String> pushLog = new java.util.concurrent.CopyOnWriteArrayList<>();
        maya.onConsoleMessage(m -> {
            if (m.text().contains("Atmosphere")) {
                pushLog.add(m.type() + ": " + m.text());
            }
        });
        Page sam = signIn("sam");
        try {
            seeEachOther(maya, sam);
            // Sam coming and going reached Maya as push messages, which the push client no longer logs one by one
            assertThat(pushLog).as("the push client's debug lines").isEmpty();
        } finally {
            maya.context().close();
        }
    }

    private void seeEachOther(Page maya, Page sam) {
        for (Page page : List.of(maya, sam)) {
            page.waitForFunction("() => { const g = document.querySelector('.online-avatars');"
                    + " return g && g.items && g.items.map(i => i.name).includes('Maya Singh')"
                    + " && g.items.map(i => i.name).includes('Sam Carter'); }", null,
                    new Page.WaitForFunctionOptions().setTimeout(5000));
        }
        // team colours: Sales is user colour 0, Marketing 1
        assertThat(((Number) maya.evaluate("() => document.querySelector('.online-avatars').items"
                + ".find(i => i.name === 'Sam Carter').colorIndex")).intValue()).isZero();
        assertThat(((Number) sam.evaluate("() => document.querySelector('.online-avatars').items"
                + ".find(i => i.name === 'Maya Singh').colorIndex")).intValue()).isOne();
        assertThat(maya.locator("h2")).containsText("Maya");
        screenshot(maya, "home");

        sam.context().close();
        maya.waitForFunction("() => !document.querySelector('.online-avatars').items"
                + ".map(i => i.name).includes('Sam Carter')", null, new Page.WaitForFunctionOptions().setTimeout(10000));
    }

    @Test
    void adminManagesPeopleAndSignsOut() {
        Page alex = signIn("alex");
        try {
            managePeople(alex);
        } finally {
            alex.context().close();
        }
    }

    private static com.microsoft.playwright.Locator textbox(Page page, String label) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private void managePeople(Page alex) {
        alex.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("People")).click();
        alex.waitForURL(url("people"));
        assertThat(alex.locator("vaadin-grid")).containsText("Priya Nair");
        screenshot(alex, "people");

        alex.locator("vaadin-button", new Page.LocatorOptions().setHasText("Add person")).click();
        textbox(alex, "Username").fill("nina");
        textbox(alex, "Full name").fill("Nina Petrova");
        textbox(alex, "Email").fill("nina@tandem.example");
        alex.getByText("Sales", new Page.GetByTextOptions().setExact(true)).last().click();
        textbox(alex, "Password").fill("green-tulip-42");
        screenshot(alex, "people-add");
        alex.locator(".person-dialog vaadin-button", new Page.LocatorOptions().setHasText("Add person")).click();
        assertThat(alex.locator("vaadin-notification-card")).containsText("Added Nina Petrova");
        assertThat(alex.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Nina Petrova")))
                .isVisible();

        alex.getByRole(com.microsoft.playwright.options.AriaRole.MENUITEM,
                new Page.GetByRoleOptions().setName("Account of Alex Morgan")).click();
        alex.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out")).click();
        alex.waitForURL(java.util.regex.Pattern.compile(".*/login.*"), new Page.WaitForURLOptions().setTimeout(10000));
        alex.navigate(url("people"));
        alex.waitForURL(url("login"));
        alex.locator("vaadin-login-form").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE));
    }
}
