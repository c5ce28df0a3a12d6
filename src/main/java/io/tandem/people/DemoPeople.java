package io.tandem.people;

import io.tandem.base.Team;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo company's people: a dozen across both teams, one password for all. Seeded by the demo run (see
 * {@link DemoStartup}); tests that want them call {@link #seed()} themselves.
 */
@Component
public class DemoPeople {

    /** The demo password; it exists only in demo data, never in production. */
    public static final String PASSWORD = "tandem-demo-2026";

    public record DemoLogin(String username, String fullName, Team team, Role role) {
    }

    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("maya", "Maya Singh", Team.MARKETING, Role.TEAM_LEAD),
            new DemoLogin("leo", "Leo Fischer", Team.MARKETING, Role.MEMBER),
            new DemoLogin("ines", "Inés Romero", Team.MARKETING, Role.MEMBER),
            new DemoLogin("tom", "Tom Becker", Team.MARKETING, Role.MEMBER),
            new DemoLogin("amara", "Amara Okafor", Team.MARKETING, Role.MEMBER),
            new DemoLogin("sam", "Sam Carter", Team.SALES, Role.TEAM_LEAD),
            new DemoLogin("priya", "Priya Nair", Team.SALES, Role.MEMBER),
            new DemoLogin("jonas", "Jonas Berg", Team.SALES, Role.MEMBER),
            new DemoLogin("chloe", "Chloé Martin", Team.SALES, Role.MEMBER),
            new DemoLogin("diego", "Diego Alvarez", Team.SALES, Role.MEMBER),
            new DemoLogin("hana", "Hana Kim", Team.SALES, Role.MEMBER),
            new DemoLogin("alex", "Alex Morgan", Team.MARKETING, Role.ADMIN));

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoPeople(PersonRepository people, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Runs {@code work} signed in as a demo person, so demo data of other features is created through their
     * services, with their checks and trail. Refuses anyone who is not a demo person.
     */
    public void runAs(String username, Runnable work) {
        if (LOGINS.stream().noneMatch(l -> l.username().equals(username))) {
            throw new IllegalArgumentException(username + " is not a demo person");
        }
        Person person = people.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new IllegalStateException("Seed the demo people first"));
        TandemUser user = new TandemUser(person);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Adds the demo people that do not exist yet; returns how many were added. */
    @Transactional
    public int seed() {
        String hash = passwordEncoder.encode(PASSWORD);
        int added = 0;
        for (DemoLogin login : LOGINS) {
            if (people.existsByUsernameIgnoreCase(login.username())) {
                continue;
            }
            Person p = people.save(new Person(login.username(), login.fullName(), login.username() + "@tandem.example",
                    login.team(), login.role(), hash, clock.instant()));
            events.publishEvent(new PersonChanged(null, "Tandem demo", p.getId(), "created",
                    "Added demo person " + p.getFullName()));
            added++;
        }
        return added;
    }
}
