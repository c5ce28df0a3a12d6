package io.tandem.browser;

import com.microsoft.playwright.Page;
import io.tandem.TestPeople;
import io.tandem.base.Team;
import io.tandem.people.DemoPeople;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonForm;
import io.tandem.people.PersonSummary;
import io.tandem.people.Role;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deactivating a person ends their open sessions at once, in a real browser. */
class SessionsIT extends BrowserTest {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    PeopleService people;

    @Test
    void deactivationSendsTheOpenBrowserToSignIn() {
        demoPeople.seed();
        PersonForm form = TestPeople.form("leaver", Team.SALES, Role.MEMBER);
        PersonSummary[] created = new PersonSummary[1];
        demoPeople.runAs("alex", () -> created[0] = people.create(form));

        Page page = browser.newContext().newPage();
        try {
            page.navigate(url("login"));
            page.locator("vaadin-login-form input[name=username]").fill(form.getUsername());
            page.locator("vaadin-login-form input[name=password]").fill(form.getPassword());
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            page.waitForURL(url(""));
            page.locator("vaadin-app-layout").waitFor();

            demoPeople.runAs("alex", () -> people.deactivate(created[0].id()));

            page.waitForURL(Pattern.compile(".*/login.*"), new Page.WaitForURLOptions().setTimeout(10_000));
            page.waitForTimeout(1500); // the session itself ends right after the browser was told to leave
            page.navigate(url(""));
            page.waitForURL(Pattern.compile(".*/login.*"));
        } finally {
            page.context().close();
        }
    }
}
