package io.tandem.people;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules for a person's fields and passwords, in one place for the service (which enforces them) and the
 * form (which shows them while typing). Messages say what to fix.
 */
public final class PersonRules {

    public static final int USERNAME_MAX = 60;
    public static final int FULL_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private PersonRules() {
    }

    public static String usernameError(String username) {
        if (username == null || username.isBlank()) {
            return "Enter a username";
        }
        if (!USERNAME.matcher(username).matches()) {
            return "Use 3 to 60 lowercase letters, digits, dots, dashes or underscores, starting with a letter or digit";
        }
        return null;
    }

    public static String fullNameError(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "Enter the person's name";
        }
        if (fullName.length() > FULL_NAME_MAX) {
            return "Keep the name to " + FULL_NAME_MAX + " characters";
        }
        if (CONTROL.matcher(fullName).find()) {
            return "The name contains invisible control characters";
        }
        return null;
    }

    public static String emailError(String email) {
        if (email == null || email.isBlank()) {
            return "Enter an email address";
        }
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            return "Enter a valid email address, like name@example.com";
        }
        return null;
    }

    /** The password policy: 10 to 128 characters, a letter and a digit, not containing the username. */
    public static String passwordError(String password, String username) {
        if (password == null || password.isEmpty()) {
            return "Enter a password";
        }
        if (password.length() < PASSWORD_MIN) {
            return "Use at least " + PASSWORD_MIN + " characters";
        }
        if (password.length() > PASSWORD_MAX) {
            return "Use at most " + PASSWORD_MAX + " characters";
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return "Use at least one letter and one digit";
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return "The password must not contain the username";
        }
        return null;
    }

    /** All field errors of a form; empty when it is valid. */
    static Map<String, String> errors(PersonForm form, boolean withPassword) {
        Map<String, String> errors = new LinkedHashMap<>();
        put(errors, "username", usernameError(form.getUsername()));
        put(errors, "fullName", fullNameError(form.getFullName()));
        put(errors, "email", emailError(form.getEmail()));
        put(errors, "team", form.getTeam() == null ? "Choose a team" : null);
        put(errors, "role", form.getRole() == null ? "Choose a role" : null);
        if (withPassword) {
            put(errors, "password", passwordError(form.getPassword(), form.getUsername()));
        }
        return errors;
    }

    private static void put(Map<String, String> errors, String field, String error) {
        if (error != null) {
            errors.put(field, error);
        }
    }
}
