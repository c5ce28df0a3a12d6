package io.tandem.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.people.DemoPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@TandemSpringTest
class DemoLeadsTest {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    DemoLeads demoLeads;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LeadDefinitionService definitions;
    @Autowired
    SignIn signIn;

    @AfterEach
    void out() {
        signIn.out();
    }

    @Test
    void seedsFortyLeadsAcrossStagesOnceWithSomeOverdueAndASignedDefinition() {
        demoPeople.seed();
        demoLeads.seed();
        assertThat(demoLeads.seed()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_item WHERE email LIKE 'demo.lead%'",
                Integer.class)).isEqualTo(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT stage) FROM lead_item WHERE email LIKE 'demo.lead%'",
                Integer.class)).isEqualTo(LeadStage.values().length);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_item WHERE email LIKE 'demo.lead%'"
                + " AND first_contact_at IS NULL AND sla_due_at < NOW() AND stage IN ('MQL','ACCEPTED')",
                Integer.class)).isPositive();
        signIn.as("leo");
        assertThat(jdbc.queryForList("SELECT c.to_stage FROM lead_stage_change c JOIN lead_item l ON l.id = c.lead_id "
                + "WHERE l.email LIKE 'demo.lead%' AND l.stage = 'WON' AND l.id = (SELECT MIN(id) FROM lead_item "
                + "WHERE email LIKE 'demo.lead%' AND stage = 'WON') ORDER BY c.changed_at, c.id", String.class))
                .as("a won demo lead's history is the path it took").containsExactly("NEW", "MQL", "ACCEPTED",
                        "WORKING", "WON");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_stage_change c JOIN lead_item l ON l.id = c.lead_id "
                + "WHERE l.email LIKE 'demo.lead%' AND c.from_stage = 'MQL'", Long.class))
                .as("every lead past MQL got a verdict: 6 accepted + 5 working + 3 won + 4 lost + 6 nurtured")
                .isEqualTo(24);
        assertThat(definitions.inForce()).isPresent();
    }
}
