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
        assertThat(definitions.inForce()).isPresent();
    }
}
