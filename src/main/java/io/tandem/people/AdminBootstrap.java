package io.tandem.people;

import io.tandem.base.Team;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production has no account until the first start creates an admin from {@code TANDEM_ADMIN_USERNAME},
 * {@code TANDEM_ADMIN_PASSWORD} and {@code TANDEM_ADMIN_EMAIL}. It runs only while the person table is empty,
 * so later changes to those variables do nothing; there is never a default password.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Environment env;
    private final Clock clock;

    AdminBootstrap(PersonRepository people, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            Environment env, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.env = env;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.count() > 0) {
            return;
        }
        String username = env.getProperty("tandem.admin.username", "").trim();
        if (username.isEmpty()) {
            if (!env.getProperty("tandem.demo.enabled", Boolean.class, false)) {
                log.warn("No accounts exist yet. Set TANDEM_ADMIN_USERNAME, TANDEM_ADMIN_PASSWORD and "
                        + "TANDEM_ADMIN_EMAIL and restart to create the first admin.");
            }
            return;
        }
        PersonForm form = new PersonForm(username.toLowerCase(Locale.ROOT),
                env.getProperty("tandem.admin.full-name", "Administrator"),
                env.getProperty("tandem.admin.email", ""),
                Team.valueOf(env.getProperty("tandem.admin.team", "MARKETING").toUpperCase(Locale.ROOT)),
                Role.ADMIN, env.getProperty("tandem.admin.password", ""));
        Map<String, String> errors = PersonRules.errors(form, true);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Cannot create the first admin from TANDEM_ADMIN_*: " + errors);
        }
        Person admin = people.save(new Person(form.getUsername(), form.getFullName(), form.getEmail(),
                form.getTeam(), Role.ADMIN, passwordEncoder.encode(form.getPassword()), clock.instant()));
        events.publishEvent(new PersonChanged(null, "Tandem", admin.getId(), "created",
                "Created the first admin, " + admin.getFullName()));
        log.info("Created the first admin '{}' from TANDEM_ADMIN_USERNAME.", admin.getUsername());
    }
}
