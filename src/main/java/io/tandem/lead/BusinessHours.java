package io.tandem.lead;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Business-hours arithmetic for the follow-up SLA: Monday to Friday, {@code open} to {@code close} in one time
 * zone (default 09:00–17:00 UTC, so 24 business hours are three working days). Pure and immutable.
 */
public final class BusinessHours {

    public static final BusinessHours DEFAULT = new BusinessHours(ZoneId.of("UTC"), LocalTime.of(9, 0),
            LocalTime.of(17, 0));

    private final ZoneId zone;
    private final LocalTime open;
    private final LocalTime close;

    public BusinessHours(ZoneId zone, LocalTime open, LocalTime close) {
        if (!close.isAfter(open)) {
            throw new IllegalArgumentException("close must be after open");
        }
        this.zone = zone;
        this.open = open;
        this.close = close;
    }

    public ZoneId zone() {
        return zone;
    }

    public static boolean workday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The instant {@code hours} business hours after {@code start}. A start outside hours counts from the next opening. */
    public Instant plus(Instant start, long hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("hours must not be negative");
        }
        Duration left = Duration.ofHours(hours);
        ZonedDateTime t = start.atZone(zone);
        while (true) {
            LocalDate day = t.toLocalDate();
            ZonedDateTime dayOpen = day.atTime(open).atZone(zone);
            ZonedDateTime dayClose = day.atTime(close).atZone(zone);
            if (!workday(day) || !t.isBefore(dayClose)) {
                t = day.plusDays(1).atTime(open).atZone(zone);
                continue;
            }
            if (t.isBefore(dayOpen)) {
                t = dayOpen;
            }
            Duration today = Duration.between(t, dayClose);
            if (left.compareTo(today) <= 0) {
                return t.plus(left).toInstant();
            }
            left = left.minus(today);
            t = day.plusDays(1).atTime(open).atZone(zone);
        }
    }

    /** Business time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration sum = Duration.ZERO;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        while (!day.isAfter(last)) {
            if (workday(day)) {
                Instant a = max(from, day.atTime(open).atZone(zone).toInstant());
                Instant b = min(to, day.atTime(close).atZone(zone).toInstant());
                if (b.isAfter(a)) {
                    sum = sum.plus(Duration.between(a, b));
                }
            }
            day = day.plusDays(1);
        }
        return sum;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
