package io.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.TestPeople;
import io.tandem.activity.ActivityService;
import io.tandem.base.StaleEditException;
import io.tandem.base.Team;
import io.tandem.base.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@TandemSpringTest
class PeopleServiceTest {

    @Autowired
    PeopleService people;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActivityService activity;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void admin() {
        demoPeople.seed();
        signIn.as("alex");
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    private int personRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class);
    }

    @Test
    void adminCreatesAPersonWithHashedPasswordAndATrailEntry() {
        PersonForm form = TestPeople.form("nora", Team.SALES, Role.MEMBER);
        PersonSummary created = people.create(form);

        assertThat(created.id()).isNotNull();
        assertThat(created.team()).isEqualTo(Team.SALES);
        String hash = jdbc.queryForObject("SELECT password_hash FROM person WHERE id = ?", String.class,
                created.id());
        assertThat(hash).startsWith("$2").doesNotContain(form.getPassword());
        assertThat(passwordEncoder.matches(form.getPassword(), hash)).isTrue();
        assertThat(activity.forItem("person", created.id().toString(), 10))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.action()).isEqualTo("created");
                    assertThat(a.actorName()).isEqualTo("Alex Morgan");
                    assertThat(a.summary()).contains(created.fullName());
                });
    }

    @Test
    void duplicateUsernameIsAFieldErrorAndCreatesNothing() {
        PersonForm first = TestPeople.form("dup", Team.MARKETING, Role.MEMBER);
        people.create(first);
        int before = personRows();
        int trailBefore = jdbc.queryForObject("SELECT COUNT(*) FROM activity_entry", Integer.class);

        PersonForm again = TestPeople.form("other", Team.SALES, Role.MEMBER);
        again.setUsername(first.getUsername());
        assertThatThrownBy(() -> people.create(again))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("username", "The username " + first.getUsername() + " is taken"));

        assertThat(personRows()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_entry", Integer.class))
                .isEqualTo(trailBefore);
    }

    @Test
    void invalidFieldsAreAllReportedAndNothingIsWritten() {
        int before = personRows();
        PersonForm bad = new PersonForm("X", "", "not-an-email", null, Role.MEMBER, "short");
        assertThatThrownBy(() -> people.create(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("username", "fullName", "email", "team", "password"));
        assertThat(personRows()).isEqualTo(before);
    }

    @Test
    void nonAdminsAreRefusedByTheServiceItself() {
        signIn.as("priya");
        assertThatThrownBy(() -> people.create(TestPeople.form("sneaky", Team.SALES, Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.listAll()).isInstanceOf(AccessDeniedException.class);
        assertThat(people.listActive()).extracting(PersonSummary::username).contains("priya", "maya");
        signIn.out();
        assertThatThrownBy(() -> people.listActive())
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void staleEditIsRefusedAndKeepsTheOtherChange() {
        PersonSummary p = people.create(TestPeople.form("stale", Team.SALES, Role.MEMBER));
        PersonForm first = PersonForm.of(p);
        first.setFullName("Changed First");
        people.update(p.id(), p.version(), first);

        PersonForm second = PersonForm.of(p);
        second.setFullName("Changed Second");
        assertThatThrownBy(() -> people.update(p.id(), p.version(), second))
                .isInstanceOf(StaleEditException.class);
        assertThat(people.get(p.id()).fullName()).isEqualTo("Changed First");
    }

    @Test
    void deactivatedPeopleCannotSignInAndCanBeReactivated() {
        PersonForm form = TestPeople.form("gone", Team.MARKETING, Role.MEMBER);
        PersonSummary p = people.create(form);
        people.deactivate(p.id());
        assertThat(people.get(p.id()).active()).isFalse();

        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        AuthenticationManager manager = new ProviderManager(provider);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(form.getUsername(), form.getPassword());
        assertThatThrownBy(() -> manager.authenticate(attempt)).isInstanceOf(DisabledException.class);

        people.reactivate(p.id());
        assertThat(manager.authenticate(attempt).isAuthenticated()).isTrue();
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Test
    void fiveFailedSignInsLockTheUsernameEvenForTheRightPassword() {
        PersonForm form = TestPeople.form("guess", Team.SALES, Role.MEMBER);
        people.create(form);
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(
                new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(publisher));
        var wrong = UsernamePasswordAuthenticationToken.unauthenticated(form.getUsername(), "wrong-guess-1");
        var right = UsernamePasswordAuthenticationToken.unauthenticated(form.getUsername(), form.getPassword());

        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThatThrownBy(() -> manager.authenticate(wrong))
                    .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        }
        assertThat(manager.authenticate(right).isAuthenticated()).isTrue(); // success clears the count
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> manager.authenticate(wrong))
                    .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(right))
                .isInstanceOf(org.springframework.security.authentication.LockedException.class);
    }

    @Test
    void adminsCannotDeactivateThemselves() {
        Long alexId = people.listActive().stream().filter(p -> p.username().equals("alex")).findFirst()
                .orElseThrow().id();
        assertThatThrownBy(() -> people.deactivate(alexId)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("yourself");
        assertThat(people.get(alexId).active()).isTrue();
    }

    @Test
    void resetPasswordFollowsThePolicy() {
        PersonForm form = TestPeople.form("reset", Team.SALES, Role.TEAM_LEAD);
        PersonSummary p = people.create(form);
        assertThatThrownBy(() -> people.resetPassword(p.id(), "weak")).isInstanceOf(ValidationException.class);
        people.resetPassword(p.id(), "brand-new-pass-7");
        String hash = jdbc.queryForObject("SELECT password_hash FROM person WHERE id = ?", String.class, p.id());
        assertThat(passwordEncoder.matches("brand-new-pass-7", hash)).isTrue();
        assertThat(passwordEncoder.matches(form.getPassword(), hash)).isFalse();
    }
}
