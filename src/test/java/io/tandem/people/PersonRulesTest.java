package io.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonRulesTest {

    @Test
    void usernames() {
        assertThat(PersonRules.usernameError("maya")).isNull();
        assertThat(PersonRules.usernameError("m.singh-2")).isNull();
        assertThat(PersonRules.usernameError("")).isEqualTo("Enter a username");
        assertThat(PersonRules.usernameError("ab")).contains("3 to 60");
        assertThat(PersonRules.usernameError("Maya")).contains("lowercase");
        assertThat(PersonRules.usernameError("<script>")).isNotNull();
        assertThat(PersonRules.usernameError("a".repeat(61))).isNotNull();
    }

    @Test
    void emails() {
        assertThat(PersonRules.emailError("maya@tandem.example")).isNull();
        assertThat(PersonRules.emailError("maya@localhost")).isNotNull();
        assertThat(PersonRules.emailError("maya tandem.example")).isNotNull();
        assertThat(PersonRules.emailError("a@b@c.de")).isNotNull();
        assertThat(PersonRules.emailError(" ")).isEqualTo("Enter an email address");
    }

    @Test
    void names() {
        assertThat(PersonRules.fullNameError("Chloé Martin 🙂")).isNull();
        assertThat(PersonRules.fullNameError("x".repeat(121))).contains("120");
        assertThat(PersonRules.fullNameError("Tom\u0000Becker")).contains("control");
    }

    @Test
    void passwordPolicy() {
        assertThat(PersonRules.passwordError("correct-horse-42", "maya")).isNull();
        assertThat(PersonRules.passwordError("short1", "maya")).contains("at least 10");
        assertThat(PersonRules.passwordError("onlyletters-here", "maya")).contains("letter and one digit");
        assertThat(PersonRules.passwordError("1234567890123", "maya")).contains("letter and one digit");
        assertThat(PersonRules.passwordError("my-maya-pass-1", "maya")).contains("username");
        assertThat(PersonRules.passwordError("a1" + "x".repeat(127), "maya")).contains("at most 128");
    }
}
