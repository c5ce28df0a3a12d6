package io.tandem.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.tandem.KaribuTest;
import io.tandem.base.Team;
import io.tandem.people.DemoPeople;
import io.tandem.people.Role;
import io.tandem.shell.HomeView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PeopleViewTest extends KaribuTest {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void demo() {
        demoPeople.seed();
    }

    @Test
    void refusedToNonAdmins() {
        for (String username : new String[] {"priya", "sam", "leo", "maya"}) {
            login(username);
            assertThatThrownBy(() -> UI.getCurrent().navigate("people"))
                    .hasMessageContaining("Access is denied");
            _assertNone(PeopleView.class);
            logout();
        }
    }

    @Test
    void adminAddsAPerson() {
        login("alex");
        UI.getCurrent().navigate(PeopleView.class);
        int rows = _size(_get(Grid.class));

        _click(_get(Button.class, spec -> spec.withText("Add person")));
        _assertOne(PersonDialog.class);
        String username = "kim-" + System.nanoTime() % 100000;
        fill(username, "Kim Lee", username + "@tandem.example", "kim-password-1");
        _click(_get(PersonDialog.class).save);

        _assertNone(PersonDialog.class);
        assertThat(_size(_get(Grid.class))).isEqualTo(rows + 1);
        assertThat(jdbc.queryForObject("SELECT full_name FROM person WHERE username = ?", String.class, username))
                .isEqualTo("Kim Lee");
    }

    @Test
    void duplicateUsernameGivesAFieldErrorAndCreatesNothing() {
        login("alex");
        UI.getCurrent().navigate(PeopleView.class);
        int people = jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class);

        _click(_get(Button.class, spec -> spec.withText("Add person")));
        fill("maya", "Another Maya", "another.maya@tandem.example", "m2-secret-1xyz");
        PersonDialog dialog = _get(PersonDialog.class);
        _click(dialog.save);

        _assertOne(PersonDialog.class);
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("The username maya is taken");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class)).isEqualTo(people);
    }

    @Test
    void invalidInputIsShownWhileTypingAndNothingIsSaved() {
        login("alex");
        UI.getCurrent().navigate(PeopleView.class);
        int people = jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class);
        _click(_get(Button.class, spec -> spec.withText("Add person")));
        fill("ok-name", "Someone", "not-an-email", "short");
        PersonDialog dialog = _get(PersonDialog.class);
        _click(dialog.save);

        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("at least 10");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class)).isEqualTo(people);
    }

    @Test
    void adminCanStillUseHome() {
        login("alex");
        UI.getCurrent().navigate("");
        _assertOne(HomeView.class);
    }

    @SuppressWarnings("unchecked")
    private static void fill(String username, String name, String email, String password) {
        PersonDialog dialog = _get(PersonDialog.class);
        _setValue(dialog.username, username);
        _setValue(dialog.fullName, name);
        _setValue(dialog.email, email);
        _setValue((RadioButtonGroup<Team>) dialog.team, Team.SALES);
        _setValue((Select<Role>) dialog.role, Role.MEMBER);
        _setValue(dialog.password, password);
    }
}
