package io.tandem.bench;

import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.SpringServlet;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * The browser benchmarks measure what users get: Vaadin in production mode (the optimised frontend bundle, no dev
 * tools). In development mode every page also runs the development bundle, which on two cores shared by twenty
 * Chromium pages doubled the browsers' part of a live update (docs/decisions/0030).
 */
final class VaadinMode {

    static final String HOW = "run the browser benchmarks with the production profile: ./mvnw -Pproduction,bench verify";

    private VaadinMode() {
    }

    /** Fails unless the server under test runs in production mode; returns the mode's name for the report. */
    static String requireProduction(ServletRegistrationBean<SpringServlet> registration) {
        VaadinServletService service = registration.getServlet().getService();
        if (service == null || !service.getDeploymentConfiguration().isProductionMode()) {
            throw new IllegalStateException("Vaadin runs in development mode here; " + HOW);
        }
        return "production";
    }
}
