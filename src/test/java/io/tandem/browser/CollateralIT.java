package io.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.tandem.collateral.AssetForm;
import io.tandem.collateral.AssetSummary;
import io.tandem.collateral.AssetType;
import io.tandem.collateral.BuyerStage;
import io.tandem.collateral.CollateralService;
import io.tandem.collateral.Decision;
import io.tandem.people.PeopleService;
import io.tandem.people.PersonSummary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Content approval, live, in two real browsers: Maya (Marketing) submits an asset for review; Leo (Marketing)
 * approves; Sam (Sales) approves in his own browser, and Maya's open page turns "Approved" without reloading.
 */
class CollateralIT extends BrowserTest {

    @Autowired
    CollateralService collateral;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void marketerSubmitsSalesApprovesInASecondBrowserAndTheMarketerSeesItLive() {
        as("maya");
        AssetSummary asset = collateral.create(new AssetForm("Retail case study " + System.nanoTime() % 100000,
                AssetType.CASE_STUDY, null, BuyerStage.DECISION, "How a retailer halved returns.", null));
        collateral.addLinkVersion(asset.id(), "https://docs.example/retail-case-study", "First cut");
        Long leo = people.listActive().stream().filter(p -> p.username().equals("leo")).findFirst()
                .map(PersonSummary::id).orElseThrow();

        Page maya = signIn("maya");
        Page sam = null;
        try {
            maya.navigate(url("collateral/" + asset.id()));
            Locator state = maya.locator(".asset-header .status-pill");
            assertThat(state).hasText("Draft");
            maya.locator("vaadin-button", new Page.LocatorOptions().setHasText("Submit for review")).click();
            Locator picker = maya.locator(".submit-dialog vaadin-multi-select-combo-box input");
            for (String name : List.of("Sam Carter", "Leo Fischer")) {
                picker.fill(name.split(" ")[0]);
                maya.locator("vaadin-multi-select-combo-box-item:visible", new Page.LocatorOptions().setHasText(name)).first()
                        .click();
            }
            picker.press("Escape");
            screenshot(maya, "collateral-submit");
            maya.locator(".submit-dialog vaadin-button[theme~='primary']").click();
            assertThat(state).hasText("In review");

            as("leo");
            collateral.decide(asset.id(), 1, Decision.APPROVE, "On brand");
            SecurityContextHolder.clearContext();
            assertThat(maya.locator(".decision-row").first()).containsText("Leo Fischer",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(5000));
            assertThat(state).hasText("In review");

            sam = signIn("sam");
            sam.navigate(url("collateral/" + asset.id()));
            sam.locator("vaadin-button", new Page.LocatorOptions().setHasText("Approve version 1")).click();
            sam.locator(".decision-dialog vaadin-text-area textarea").fill("Prospects ask for exactly this");
            sam.locator(".decision-dialog vaadin-button[theme~='primary']").click();
            assertThat(sam.locator(".asset-header .status-pill")).hasText("Approved");

            // Maya never reloaded: the change arrives live
            assertThat(state).hasText("Approved", new LocatorAssertions.HasTextOptions().setTimeout(5000));
            assertThat(maya.locator(".decision-row").first()).containsText("Prospects ask for exactly this");
            assertThat(maya.locator("vaadin-button", new Page.LocatorOptions().setHasText("Publish"))).isVisible();
            screenshot(maya, "collateral-approved-live");

            maya.locator("vaadin-button", new Page.LocatorOptions().setHasText("Publish")).click();
            assertThat(state).hasText("Published");
            assertThat(sam.locator(".asset-header .status-pill")).hasText("Published",
                    new LocatorAssertions.HasTextOptions().setTimeout(5000));
            assertThat(sam.locator("vaadin-button", new Page.LocatorOptions().setHasText("I used this")))
                    .isVisible();
        } finally {
            if (sam != null) {
                sam.context().close();
            }
            maya.context().close();
        }
    }

    @Test
    void aMarketerUploadsAPdfWhichIsPreviewedAndAFakeOneIsRefused() {
        as("maya");
        AssetSummary asset = collateral.create(new AssetForm("Upload check " + System.nanoTime() % 100000,
                AssetType.BROCHURE, null, BuyerStage.AWARENESS, null, null));
        SecurityContextHolder.clearContext();
        Page maya = signIn("maya");
        try {
            maya.navigate(url("collateral/" + asset.id()));
            maya.locator(".asset-actions vaadin-button", new Page.LocatorOptions().setHasText("Add version")).click();
            Locator input = maya.locator(".version-dialog vaadin-upload input[type=file]");
            input.setInputFiles(new com.microsoft.playwright.options.FilePayload("fake.pdf", "application/pdf",
                    "\u0089PNG\r\n\u001a\n not a pdf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
            maya.waitForTimeout(1000);
            maya.locator(".version-dialog vaadin-button[theme~='primary']").click();
            assertThat(maya.locator(".version-dialog .field-error")).containsText("fake.pdf");
            maya.locator(".version-dialog vaadin-button", new Page.LocatorOptions().setHasText("Cancel")).click();
            // until the closed dialog has left the page, the next locator could find its upload instead of the new
            // dialog's, and a file sent to a closed dialog's upload is refused ("Upload forbidden", once in CI)
            assertThat(maya.locator(".version-dialog")).hasCount(0);

            maya.locator(".asset-actions vaadin-button", new Page.LocatorOptions().setHasText("Add version")).click();
            byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            maya.locator(".version-dialog vaadin-upload input[type=file]").setInputFiles(
                    new com.microsoft.playwright.options.FilePayload("brochure.pdf", "application/pdf", pdf));
            maya.waitForTimeout(1000);
            maya.locator(".version-dialog vaadin-button[theme~='primary']").click();
            assertThat(maya.locator(".version-row").first()).containsText("brochure.pdf");
            assertThat(maya.locator("iframe.asset-preview-pdf")).isVisible();
            screenshot(maya, "collateral-uploaded");
        } finally {
            maya.context().close();
        }
    }
}
