package io.tandem.collateral;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In demo mode, seeds the demo collateral after the demo people (order 0). */
@Component
@Order(20)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoCollateralStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCollateralStartup.class);

    private final DemoCollateral demo;

    DemoCollateralStartup(DemoCollateral demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = demo.seed();
        if (added > 0) {
            log.info("Added {} demo collateral assets", added);
        }
    }
}
