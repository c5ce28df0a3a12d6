package io.tandem.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private final BusinessHours hours = BusinessHours.DEFAULT; // Mon–Fri 09:00–17:00 UTC

    private static Instant at(String s) {
        return Instant.parse(s);
    }

    @Test
    void withinOneDay() {
        // Monday 23 Nov 2026, 10:00
        assertThat(hours.plus(at("2026-11-23T10:00:00Z"), 3)).isEqualTo(at("2026-11-23T13:00:00Z"));
        assertThat(hours.plus(at("2026-11-23T10:00:00Z"), 7)).isEqualTo(at("2026-11-23T17:00:00Z"));
    }

    @Test
    void twentyFourBusinessHoursAreThreeWorkingDays() {
        assertThat(hours.plus(at("2026-11-23T10:00:00Z"), 24)).isEqualTo(at("2026-11-26T10:00:00Z"));
    }

    @Test
    void weekendsDoNotCount() {
        // Friday 27 Nov 15:00 + 4h: 2h on Friday, 2h on Monday
        assertThat(hours.plus(at("2026-11-27T15:00:00Z"), 4)).isEqualTo(at("2026-11-30T11:00:00Z"));
        // handed over on Saturday: the clock starts Monday 09:00
        assertThat(hours.plus(at("2026-11-28T12:00:00Z"), 1)).isEqualTo(at("2026-11-30T10:00:00Z"));
        assertThat(hours.between(at("2026-11-27T16:00:00Z"), at("2026-11-30T10:00:00Z")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void outsideHoursStartsAtTheNextOpening() {
        assertThat(hours.plus(at("2026-11-23T07:00:00Z"), 1)).isEqualTo(at("2026-11-23T10:00:00Z"));
        assertThat(hours.plus(at("2026-11-23T20:00:00Z"), 1)).isEqualTo(at("2026-11-24T10:00:00Z"));
        assertThat(hours.plus(at("2026-11-23T20:00:00Z"), 0)).isEqualTo(at("2026-11-24T09:00:00Z"));
    }

    @Test
    void betweenIsTheInverseOfPlus() {
        Instant start = at("2026-11-25T13:17:00Z");
        for (int h : new int[] {1, 5, 8, 24, 40, 100}) {
            assertThat(hours.between(start, hours.plus(start, h))).isEqualTo(Duration.ofHours(h));
        }
        assertThat(hours.between(at("2026-11-24T00:00:00Z"), at("2026-11-23T00:00:00Z"))).isZero();
    }

    @Test
    void otherZonesAndBadInput() {
        BusinessHours berlin = new BusinessHours(ZoneId.of("Europe/Berlin"), LocalTime.of(8, 0), LocalTime.of(18, 0));
        // 08:00 Berlin in winter is 07:00 UTC
        assertThat(berlin.plus(at("2026-11-23T05:00:00Z"), 1)).isEqualTo(at("2026-11-23T08:00:00Z"));
        assertThatThrownBy(() -> hours.plus(at("2026-11-23T10:00:00Z"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessHours(ZoneId.of("UTC"), LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slaClockColours() {
        Instant handed = at("2026-11-23T09:00:00Z");
        Instant due = hours.plus(handed, 24); // Thu 09:00
        assertThat(SlaState.of(LeadStage.MQL, handed, due, null, hours, at("2026-11-23T12:00:00Z")))
                .isEqualTo(SlaState.GREEN);
        assertThat(SlaState.of(LeadStage.MQL, handed, due, null, hours, at("2026-11-25T12:00:00Z")))
                .isEqualTo(SlaState.AMBER);
        assertThat(SlaState.of(LeadStage.ACCEPTED, handed, due, null, hours, due)).isEqualTo(SlaState.RED);
        assertThat(SlaState.of(LeadStage.ACCEPTED, handed, due, at("2026-11-24T10:00:00Z"), hours,
                at("2026-12-01T10:00:00Z"))).isEqualTo(SlaState.MET);
        assertThat(SlaState.of(LeadStage.NURTURE, handed, due, null, hours, due)).isEqualTo(SlaState.NONE);
        assertThat(SlaState.of(LeadStage.NEW, null, null, null, hours, due)).isEqualTo(SlaState.NONE);
    }
}
