package io.tandem.lead;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In demo mode, seeds the demo leads after the demo people (order 0) and campaigns. */
@Component
@Order(30)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoLeadsStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLeadsStartup.class);

    private final DemoLeads demoLeads;

    DemoLeadsStartup(DemoLeads demoLeads) {
        this.demoLeads = demoLeads;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = demoLeads.seed();
        if (added > 0) {
            log.info("Added {} demo leads and a signed lead definition", added);
        }
    }
}
