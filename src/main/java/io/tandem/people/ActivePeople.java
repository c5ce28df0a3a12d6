package io.tandem.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Whether a signed-in person still stands as they did when they signed in. A session (on any node, or a stale
 * tab) keeps the authentication it was given at sign-in; the authorization layer asks here before every service
 * call and every navigation, so a deactivated person is refused at once, and a changed role or team counts from
 * the next call on. Answers are cached for {@link #FRESH} per person (one primary-key read at most that often),
 * and forgotten on this node as soon as a change to the person commits.
 */
@Component
class ActivePeople {

    static final Duration FRESH = Duration.ofSeconds(2);

    private record Checked(PersonStanding standing, Instant at) {
    }

    private final PersonRepository people;
    private final Clock clock;
    private final Map<Long, Checked> cache = new ConcurrentHashMap<>();

    ActivePeople(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /**
     * The authentication that rules should be evaluated against: the given one when it is not a person's (or the
     * person stands unchanged), an anonymous one when the person has been deactivated or removed, and the same
     * person with their current authorities when their role or team changed.
     */
    Authentication current(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof TandemUser user)) {
            return auth;
        }
        PersonStanding now = standing(user.personId());
        if (now == null || !now.active()) {
            return new AnonymousAuthenticationToken("deactivated", "deactivated:" + user.getUsername(),
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        if (now.role() == user.role() && now.team() == user.team()) {
            return auth;
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(
                new SimpleGrantedAuthority(now.role().authority()),
                new SimpleGrantedAuthority("TEAM_" + now.team().name())));
    }

    /**
     * Whether the person behind this authentication may still act (true for non-person authentications), for the
     * navigation guard. While the database cannot be reached it answers true: the views' service calls, which check
     * the standing themselves, fail closed.
     */
    boolean mayAct(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof TandemUser user)) {
            return true;
        }
        try {
            PersonStanding now = standing(user.personId());
            return now != null && now.active();
        } catch (org.springframework.dao.DataAccessException databaseUnavailable) {
            // navigation goes on (and explains the outage); every service call still checks, and fails closed
            return true;
        }
    }

    private PersonStanding standing(Long personId) {
        Instant now = clock.instant();
        Checked checked = cache.get(personId);
        if (checked != null && checked.at().plus(FRESH).isAfter(now)) {
            return checked.standing();
        }
        PersonStanding standing = people.standing(personId).orElse(null);
        if (standing != null) {
            cache.put(personId, new Checked(standing, now));
        } else {
            cache.remove(personId);
        }
        return standing;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(PersonChanged event) {
        cache.remove(event.personId());
    }
}
