package io.tandem.insight;

import java.util.OptionalDouble;

/** An agreed target and where the shared number stands against it in a period. */
public record TargetProgress(TargetInfo target, Period period, OptionalDouble value) {

    public boolean met() {
        return target.met(value);
    }

    /** e.g. {@code 72% (target ≥ 80%), behind} or {@code no data yet}. */
    public String summary() {
        String now = value.isPresent() ? target.metric().format(value.getAsDouble()) : "no data yet";
        return now + " · target " + target.title().substring(target.metric().label().length() + 1) + " · "
                + (value.isEmpty() ? "not measured" : met() ? "on track" : "behind");
    }
}
