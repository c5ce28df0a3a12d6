package io.tandem.people;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views. Reads the Spring Security context of the current request or UI. */
@Component
public class CurrentPerson {

    public Optional<TandemUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof TandemUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in person; refuses anonymous callers. */
    public TandemUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
