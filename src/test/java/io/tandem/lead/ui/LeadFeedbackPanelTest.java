package io.tandem.lead.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouteParameters;
import io.tandem.KaribuTest;
import io.tandem.SignIn;
import io.tandem.campaign.CampaignService;
import io.tandem.campaign.ui.CampaignWorkspaceView;
import io.tandem.lead.LeadCard;
import io.tandem.lead.LeadForm;
import io.tandem.lead.LeadService;
import io.tandem.lead.RejectReason;
import io.tandem.people.DemoPeople;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LeadFeedbackPanelTest extends KaribuTest {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    LeadService leads;
    @Autowired
    CampaignService campaigns;
    @Autowired
    SignIn signIn;

    @BeforeEach
    void demo() {
        demoPeople.seed();
    }

    @AfterEach
    void leave() {
        LocatorJ._find(CampaignWorkspaceView.class).forEach(CampaignWorkspaceView::removeFromParent);
        LocatorJ._find(LeadBoardView.class).forEach(LeadBoardView::removeFromParent);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void marketingSeesSalesVerdictOnTheCampaignWorkspaceTheMomentItIsGiven() {
        signIn.as("maya");
        Long campaign = campaigns.create("Feedback live " + System.nanoTime()).id();
        signIn.as("leo");
        LeadCard lead = leads.create(new LeadForm("Vera Verdict", "Live GmbH", "live-" + System.nanoTime()
                + "@x.example", null, null, campaign, null, null));
        lead = leads.handOver(lead.id(), lead.version(), List.of());

        login("maya");
        UI.getCurrent().navigate(CampaignWorkspaceView.class, new RouteParameters("campaignId", campaign.toString()));
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(4);
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo("Lead feedback");
        LeadFeedbackPanel panel = _get(LeadFeedbackPanel.class);
        assertThat(panel.shown.waiting()).isEqualTo(1);
        assertThat(panel.getElement().getTextRecursively()).contains("Sales has not given a verdict");
        MockVaadin.clientRoundtrip(false);

        signIn.as("priya");
        leads.reject(lead.id(), lead.version(), RejectReason.WRONG_CONTACT, "Left the company in May");
        login("maya");
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return panel.shown.rejected() == 1;
        });
        assertThat(panel.latest.getElement().getTextRecursively()).contains("Rejected", "Vera Verdict",
                "Wrong contact: Left the company in May", "by Priya Nair");
        assertThat(panel.reasons.getElement().getTextRecursively()).contains("Wrong contact");

        // the same feedback from the board, filtered to the campaign
        UI.getCurrent().navigate("leads", com.vaadin.flow.router.QueryParameters.of("campaign", campaign.toString()));
        LeadBoardView board = _get(LeadBoardView.class);
        assertThat(board.feedbackButton.isVisible()).isTrue();
        com.github.mvysny.kaributesting.v10.LocatorJ._click(board.feedbackButton);
        LeadFeedbackPanel inDialog = LocatorJ._find(LeadFeedbackPanel.class).stream()
                .filter(p -> p.findAncestor(com.vaadin.flow.component.dialog.Dialog.class) != null).findFirst()
                .orElseThrow();
        assertThat(inDialog.shown.rejected()).isEqualTo(1);
        board.campaignFilter.clear();
        assertThat(board.feedbackButton.isVisible()).isFalse();
    }

    @Test
    void aCampaignWithoutLeadsSaysSo() {
        signIn.as("sam");
        Long campaign = campaigns.create("No leads " + System.nanoTime()).id();
        login("sam");
        UI.getCurrent().navigate(CampaignWorkspaceView.class, new RouteParameters("campaignId", campaign.toString()));
        _get(TabSheet.class).setSelectedIndex(4);
        assertThat(_get(LeadFeedbackPanel.class).getElement().getTextRecursively())
                .contains("No leads from this campaign yet");
    }
}
