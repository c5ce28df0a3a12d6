package io.tandem.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.base.ItemNotFoundException;
import io.tandem.campaign.CampaignService;
import io.tandem.people.DemoPeople;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TandemSpringTest
class LeadFeedbackServiceTest {

    @Autowired
    LeadFeedbackService feedback;
    @Autowired
    LeadService leads;
    @Autowired
    CampaignService campaigns;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    SignIn signIn;

    @BeforeEach
    void seed() {
        demoPeople.seed();
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    private LeadCard handedOver(Long campaignId, String name) {
        signIn.as("leo");
        LeadCard lead = leads.create(new LeadForm(name, "Feedback AG", "fb-" + System.nanoTime() + "@x.example", null,
                null, campaignId, null, null));
        return leads.handOver(lead.id(), lead.version(), List.of());
    }

    @Test
    void countsVerdictsReasonsAndTheLatestVerdictsOfOneCampaignOnly() {
        signIn.as("maya");
        Long campaign = campaigns.create("Feedback " + System.nanoTime()).id();
        Long other = campaigns.create("Other " + System.nanoTime()).id();
        LeadCard a = handedOver(campaign, "Ada Accepted");
        LeadCard b = handedOver(campaign, "Bo Budgetless");
        LeadCard c = handedOver(campaign, "Cy Budgetless");
        LeadCard d = handedOver(campaign, "Di Later");
        LeadCard e = handedOver(campaign, "Ed Waiting");
        handedOver(other, "Not this campaign");
        signIn.as("leo");
        leads.create(new LeadForm("Fay New", null, "fb-new-" + System.nanoTime() + "@x.example", null, null, campaign,
                null, null));

        signIn.as("priya");
        LeadCard accepted = leads.accept(a.id(), a.version());
        leads.reject(b.id(), b.version(), RejectReason.NO_BUDGET, null);
        leads.reject(c.id(), c.version(), RejectReason.NO_BUDGET, "Frozen until Q3");
        leads.recycle(d.id(), d.version(), "Project starts next year", LocalDate.now().plusMonths(3));
        leads.move(accepted.id(), accepted.version(), LeadStage.WORKING);
        LeadCard working = leads.get(accepted.id());
        leads.move(working.id(), working.version(), LeadStage.WON);

        signIn.as("leo");
        LeadFeedback f = feedback.forCampaign(campaign);
        assertThat(f.leads()).isEqualTo(6);
        assertThat(f.handedOver()).isEqualTo(5);
        assertThat(f.waiting()).isEqualTo(1);
        assertThat(f.accepted()).isEqualTo(1);
        assertThat(f.rejected()).isEqualTo(2);
        assertThat(f.recycled()).isEqualTo(1);
        assertThat(f.won()).isEqualTo(1);
        assertThat(f.acceptanceRate()).isEqualTo(25);
        assertThat(f.rejectReasons()).containsExactly(java.util.Map.entry(RejectReason.NO_BUDGET, 2L));
        assertThat(f.latest()).extracting(LeadFeedback.Verdict::leadName)
                .containsExactly("Di Later", "Cy Budgetless", "Bo Budgetless", "Ada Accepted");
        LeadFeedback.Verdict cy = f.latest().get(1);
        assertThat(cy.label()).isEqualTo("Rejected");
        assertThat(cy.detail()).isEqualTo("No budget: Frozen until Q3");
        assertThat(cy.by()).isEqualTo("Priya Nair");
        assertThat(f.latest().getFirst().detail()).startsWith("Project starts next year (revisit ");
        assertThat(e.stage()).isEqualTo(LeadStage.MQL);
    }

    @Test
    void aCampaignWithoutLeadsHasNoRateAndAnUnknownOneIsNotFound() {
        signIn.as("sam");
        Long empty = campaigns.create("Empty " + System.nanoTime()).id();
        LeadFeedback f = feedback.forCampaign(empty);
        assertThat(f.leads()).isZero();
        assertThat(f.acceptanceRate()).isNull();
        assertThat(f.hasVerdicts()).isFalse();
        assertThat(f.latest()).isEmpty();
        assertThatThrownBy(() -> feedback.forCampaign(987654321L)).isInstanceOf(ItemNotFoundException.class);
        signIn.out();
        assertThatThrownBy(() -> feedback.forCampaign(empty))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
