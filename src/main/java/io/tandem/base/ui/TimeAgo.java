package io.tandem.base.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "just now", "5 min ago", "3 h ago", "2 days ago", then the date. */
public final class TimeAgo {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private TimeAgo() {
    }

    public static String of(Instant when) {
        return of(when, Clock.systemUTC());
    }

    static String of(Instant when, Clock clock) {
        Duration age = Duration.between(when, clock.instant());
        if (age.toSeconds() < 60) {
            return "just now";
        }
        if (age.toMinutes() < 60) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 24) {
            return age.toHours() + " h ago";
        }
        if (age.toDays() < 7) {
            return age.toDays() == 1 ? "yesterday" : age.toDays() + " days ago";
        }
        return DATE.format(when.atZone(ZoneId.systemDefault()));
    }
}
