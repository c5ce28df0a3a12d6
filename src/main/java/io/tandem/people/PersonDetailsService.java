package io.tandem.people;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads people from MariaDB for sign-in; deactivated people cannot sign in. */
@Service
class PersonDetailsService implements UserDetailsService {

    private final PersonRepository people;

    PersonDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return people.findByUsernameIgnoreCase(username.trim())
                .map(TandemUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown username"));
    }
}
