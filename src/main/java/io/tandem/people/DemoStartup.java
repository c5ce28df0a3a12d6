package io.tandem.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** In demo mode, seeds the demo people and prints their logins. */
@Component
@Order(0)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoPeople demoPeople;
    private final Environment env;

    DemoStartup(DemoPeople demoPeople, Environment env) {
        this.demoPeople = demoPeople;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = demoPeople.seed();
        StringBuilder out = new StringBuilder("\n\n  Tandem demo is ready");
        if (added > 0) {
            out.append(" (added ").append(added).append(" demo people)");
        }
        out.append(". Sign in with any of these usernames, password '").append(DemoPeople.PASSWORD).append("':\n");
        for (DemoPeople.DemoLogin l : DemoPeople.LOGINS) {
            out.append(String.format("    %-8s %-16s %-10s %s%n", l.username(), l.fullName(), l.team().label(),
                    l.role().label()));
        }
        out.append("  Open http://localhost:").append(env.getProperty("local.server.port", "8080")).append('\n');
        log.info(out.toString());
    }
}
