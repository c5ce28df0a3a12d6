package io.tandem.people;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads people from MariaDB for sign-in; deactivated and (for a while) throttled people cannot sign in. */
@Service
class PersonDetailsService implements UserDetailsService {

    private final PersonRepository people;
    private final LoginThrottle throttle;

    PersonDetailsService(PersonRepository people, LoginThrottle throttle) {
        this.people = people;
        this.throttle = throttle;
    }

    /** Sign-in itself: called before anyone is signed in. */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return people.findByUsernameIgnoreCase(username.trim())
                .map(p -> new TandemUser(p, !throttle.isLocked(username)))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown username"));
    }
}
