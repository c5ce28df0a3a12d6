package io.tandem;

import io.tandem.base.Team;
import io.tandem.people.PersonForm;
import io.tandem.people.Role;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique people for tests that share one database. */
public final class TestPeople {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private TestPeople() {
    }

    public static PersonForm form(String prefix, Team team, Role role) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
        return new PersonForm(username, "Test " + capitalize(prefix) + " " + SEQ.get(), username + "@test.example",
                team, role, "secret-pass-" + SEQ.get() + "x9");
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
