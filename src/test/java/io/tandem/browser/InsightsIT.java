package io.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tandem.SignIn;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadForm;
import io.tandem.lead.LeadService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard in real Chromium: the custom frontend bundle loads, ECharts draws SVG charts, a CSV downloads,
 * and a hand-over made elsewhere shows up within a few seconds (debounced live refresh).
 */
class InsightsIT extends BrowserTest {

    @Autowired
    LeadService leads;
    @Autowired
    SignIn signInOnThisThread;

    private LeadCard handOver(String name) {
        signInOnThisThread.as("leo");
        try {
            LeadCard lead = leads.create(new LeadForm(name, "Charts AG", "charts-" + System.nanoTime() + "@x.example",
                    null, "CFO", null, "Webinar", null));
            return leads.handOver(lead.id(), lead.version(), List.of());
        } finally {
            signInOnThisThread.out();
        }
    }

    @Test
    void chartsRenderAndAHandOverShowsUpLive() throws Exception {
        handOver("Insight Lead One");
        Page maya = signIn("maya");
        try {
            maya.navigate(url("insights"));
            Locator chart = maya.locator(".chart-card[data-table='LEADS_BY_CAMPAIGN'] tandem-chart");
            chart.locator("svg").first().waitFor();
            assertThat(maya.locator("tandem-chart svg").count()).isGreaterThanOrEqualTo(3);
            assertThat(chart.locator("svg path, svg rect").count()).isGreaterThan(3); // bars drawn, not an empty frame
            Locator handed = maya.locator(".metric-tile[data-metric='LEADS_HANDED_OVER'] .metric-value");
            int before = Integer.parseInt(handed.textContent().trim());
            assertThat(before).isGreaterThanOrEqualTo(1);

            Download download = maya.waitForDownload(() ->
                    maya.locator(".chart-card[data-table='LEADS_BY_CAMPAIGN'] .chart-csv").click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFCampaign,Handed over,Accepted");
            screenshot(maya, "insights");

            long start = System.nanoTime();
            handOver("Insight Lead Two");
            assertThat(handed).hasText(String.valueOf(before + 1),
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(8000));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Insights live refresh after a hand-over: " + millis + " ms (debounce "
                    + "2000 ms)");
        } finally {
            maya.context().close();
        }
    }
}
