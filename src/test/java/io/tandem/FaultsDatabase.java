package io.tandem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The fault tests' own application context on their own MariaDB server ({@code target/mariadb-faults}), so that
 * stopping the database or closing the app cannot disturb the shared test database. Tests with this annotation
 * share one context (docs/decisions/0018).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {"tandem.embedded-db.base-dir=target/mariadb-faults", "tandem.db-monitor.every=PT1S"})
public @interface FaultsDatabase {
}
