package io.tandem.base.ui;

import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's push client (Atmosphere) logs at debug level unless told otherwise: console lines with a formatted date
 * for every message the server pushes, in every open browser, whether anyone reads them or not. Tandem's pages get
 * a push message for every live change, so the client logs only warnings and errors. Measured with a JavaScript
 * profile of a lead board in LivePropagationBench: 2.4 ms of the page's 12 ms of script per live change went to
 * that logging.
 */
@Configuration(proxyBeanMethods = false)
class PushClientLogging {

    /** Atmosphere's client log level: {@code debug}, {@code info}, {@code warn} or {@code error}. */
    static final String LEVEL = "warn";

    @Bean
    VaadinServiceInitListener pushClientLogLevel() {
        return event -> event.getSource().addUIInitListener(
                init -> init.getUI().getPushConfiguration().setParameter("logLevel", LEVEL));
    }
}
