package io.tandem.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.activity.ActivityService;
import io.tandem.base.SignedInUser;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.people.DemoPeople;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@TandemSpringTest
class LeadDefinitionServiceTest {

    @Autowired
    LeadDefinitionService definitions;
    @Autowired
    LeadService leads;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActivityService activity;
    @Autowired
    LeadNeedsYou needsYou;

    @BeforeEach
    void seed() {
        demoPeople.seed();
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    private static SignedInUser me() {
        return (SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    @Test
    void takesEffectOnlyWhenBothTeamLeadsSignedAndKeepsHistory() {
        signIn.as("priya"); // anyone may propose
        LeadDefinitionView proposed = definitions.propose(List.of("Budget known", " Decision maker reached ", "",
                "Budget known"), 16);
        assertThat(proposed.criteria()).containsExactly("Budget known", "Decision maker reached");
        assertThat(proposed.status()).isEqualTo(LeadDefinitionView.Status.PROPOSED);
        var before = definitions.inForce();

        signIn.as("maya");
        assertThat(needsYou.needsYou(me(), null)).anySatisfy(n -> assertThat(n.title())
                .contains("v" + proposed.versionNo()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification n JOIN person p ON p.id = n.recipient_id"
                + " WHERE p.username = 'maya' AND n.title LIKE ?", Integer.class,
                "%definition v" + proposed.versionNo() + ":%")).isEqualTo(1);
        LeadDefinitionView marketingSigned = definitions.sign(proposed.id(), proposed.version());
        assertThat(marketingSigned.status()).isEqualTo(LeadDefinitionView.Status.PROPOSED);
        assertThat(definitions.inForce()).isEqualTo(before);
        assertThatThrownBy(() -> definitions.sign(proposed.id(), marketingSigned.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Marketing has signed");

        signIn.as("sam");
        assertThatThrownBy(() -> definitions.sign(proposed.id(), proposed.version()))
                .isInstanceOf(StaleEditException.class);
        LeadDefinitionView inForce = definitions.sign(proposed.id(), marketingSigned.version());
        assertThat(inForce.status()).isEqualTo(LeadDefinitionView.Status.IN_FORCE);
        assertThat(inForce.salesSigner()).isEqualTo("Sam Carter");
        assertThat(inForce.marketingSigner()).isEqualTo("Maya Singh");
        assertThat(definitions.inForce()).hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(proposed.id()));
        before.ifPresent(old -> assertThat(definitions.history()).anySatisfy(h -> {
            assertThat(h.id()).isEqualTo(old.id());
            assertThat(h.status()).isEqualTo(LeadDefinitionView.Status.SUPERSEDED);
        }));
        assertThat(activity.forItem("lead-definition", proposed.id().toString(), 10)).extracting(a -> a.action())
                .contains("proposed", "signed", "in-force");

        // new hand-overs use the SLA in force
        signIn.as("leo");
        LeadCard lead = leads.create(new LeadForm("Sla Sixteen", null, "sla16-" + System.nanoTime() + "@x.example",
                null, null, null, null, null));
        LeadCard handed = leads.handOver(lead.id(), lead.version(), null);
        assertThat(handed.slaDueAt()).isEqualTo(BusinessHours.DEFAULT.plus(handed.handedOverAt(), 16));
    }

    @Test
    void onlyTeamLeadsSignAndProposalsAreValidated() {
        signIn.as("leo");
        assertThatThrownBy(() -> definitions.propose(List.of(" "), 24))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("criteria"));
        assertThatThrownBy(() -> definitions.propose(List.of("Need confirmed"), 0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("slaHours"));
        LeadDefinitionView d = definitions.propose(List.of("Need confirmed"), 24);
        assertThatThrownBy(() -> definitions.sign(d.id(), d.version())).isInstanceOf(AccessDeniedException.class);
        signIn.as("alex"); // admins manage people, but do not sign for a team
        assertThatThrownBy(() -> definitions.sign(d.id(), d.version())).isInstanceOf(AccessDeniedException.class);
        signIn.as("priya");
        assertThat(definitions.awaitingMySignature()).isEmpty();
        signIn.as("sam");
        assertThat(definitions.awaitingMySignature()).extracting(LeadDefinitionView::id).contains(d.id());
    }
}
