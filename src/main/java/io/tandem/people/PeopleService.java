package io.tandem.people;

import io.tandem.base.ItemNotFoundException;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.collaboration.Topics;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * People and their teams and roles. Managing people is for admins only, checked here (not only in the view);
 * any signed-in person may list the active people, e.g. to pick an owner or invite a participant.
 */
@Service
@Transactional
public class PeopleService {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentPerson currentPerson;
    private final LiveUpdates liveUpdates;
    private final SignedInSessions sessions;
    private final Clock clock;

    PeopleService(PersonRepository people, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            CurrentPerson currentPerson, LiveUpdates liveUpdates, SignedInSessions sessions, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.currentPerson = currentPerson;
        this.liveUpdates = liveUpdates;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Everyone, active or not, by name: the admin's list. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PersonSummary> listAll() {
        return people.findAllByOrderByFullNameAsc().stream().map(Person::summary).toList();
    }

    /** The active people, by name: for pickers and mentions. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonSummary> listActive() {
        return people.findByActiveTrueOrderByFullNameAsc().stream().map(Person::summary).toList();
    }

    /** The people with these ids (active or not), by id: to show names and teams next to their work. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, PersonSummary> byIds(Collection<Long> ids) {
        Map<Long, PersonSummary> result = new HashMap<>();
        people.findAllById(ids).forEach(p -> result.put(p.getId(), p.summary()));
        return result;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PersonSummary get(Long id) {
        return find(id).summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PersonSummary create(PersonForm form) {
        Map<String, String> errors = PersonRules.errors(form, true);
        if (!errors.containsKey("username") && people.existsByUsernameIgnoreCase(form.getUsername())) {
            errors.put("username", "The username " + form.getUsername() + " is taken");
        }
        if (!errors.containsKey("email") && people.existsByEmailIgnoreCase(form.getEmail().trim())) {
            errors.put("email", "Someone already uses this email address");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Person person = people.save(new Person(form.getUsername(), form.getFullName().trim(), form.getEmail().trim(),
                form.getTeam(), form.getRole(), passwordEncoder.encode(form.getPassword()), clock.instant()));
        publish(person.getId(), "created", "Added " + describe(person));
        return person.summary();
    }

    /**
     * Changes name, email, team and role. {@code expectedVersion} is the version the admin saw; if someone
     * changed the person since, nothing is written and the admin is told.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public PersonSummary update(Long id, long expectedVersion, PersonForm form) {
        Person person = find(id);
        if (person.getVersion() != expectedVersion) {
            throw new StaleEditException(person.getFullName() + " was changed by someone else meanwhile. "
                    + "Reopen to see the current details.");
        }
        form.setUsername(person.getUsername());
        Map<String, String> errors = PersonRules.errors(form, false);
        if (!errors.containsKey("email") && people.existsByEmailIgnoreCaseAndIdNot(form.getEmail().trim(), id)) {
            errors.put("email", "Someone already uses this email address");
        }
        if (person.getRole() == Role.ADMIN && form.getRole() != Role.ADMIN && person.isActive()) {
            guardLastAdmin(person);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        person.update(form.getFullName().trim(), form.getEmail().trim(), form.getTeam(), form.getRole(),
                clock.instant());
        people.flush();
        publish(id, "updated", "Updated " + describe(person));
        return person.summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PersonSummary deactivate(Long id) {
        Person person = find(id);
        if (id.equals(currentPerson.require().personId())) {
            throw ValidationException.of("active", "You cannot deactivate yourself");
        }
        if (person.getRole() == Role.ADMIN) {
            guardLastAdmin(person);
        }
        if (person.isActive()) {
            person.setActive(false, clock.instant());
            people.flush();
            publish(id, "deactivated", "Deactivated " + person.getFullName());
            String username = person.getUsername();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sessions.endSessionsOf(username);
                }
            });
        }
        return person.summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PersonSummary reactivate(Long id) {
        Person person = find(id);
        if (!person.isActive()) {
            person.setActive(true, clock.instant());
            people.flush();
            publish(id, "reactivated", "Reactivated " + person.getFullName());
        }
        return person.summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(Long id, String newPassword) {
        Person person = find(id);
        String error = PersonRules.passwordError(newPassword, person.getUsername());
        if (error != null) {
            throw ValidationException.of("password", error);
        }
        person.setPasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        publish(id, "password-reset", "Reset the password of " + person.getFullName());
    }

    private void guardLastAdmin(Person person) {
        if (person.isActive() && people.countByRoleAndActiveTrue(Role.ADMIN) <= 1) {
            throw ValidationException.of("role", person.getFullName()
                    + " is the last active admin; make someone else an admin first");
        }
    }

    private Person find(Long id) {
        return people.findById(id).orElseThrow(() -> new ItemNotFoundException("Person " + id));
    }

    private void publish(Long personId, String action, String summary) {
        var actor = currentPerson.get();
        String actorName = actor.map(TandemUser::fullName).orElse("Tandem");
        events.publishEvent(new PersonChanged(actor.map(TandemUser::personId).orElse(null), actorName, personId,
                action, summary));
        liveUpdates.publishAfterCommit(Topics.PEOPLE, "person-" + action, String.valueOf(personId), actorName);
    }

    private static String describe(Person p) {
        return p.getFullName() + " (" + p.getTeam().label() + ", " + p.getRole().label().toLowerCase() + ")";
    }
}
