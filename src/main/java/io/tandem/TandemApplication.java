package io.tandem;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tandem: Sales and Marketing planning, approving and triaging together, live.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/tandem.css")
public class TandemApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(TandemApplication.class, args);
    }
}
