package io.tandem.insight;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A share: {@code part} out of {@code whole}. With nothing to count ({@code whole == 0}) there is no value,
 * never a division by zero or a misleading 0%.
 */
public record Ratio(long part, long whole) {

    public Ratio {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("A share needs 0 <= part <= whole, got " + part + " of " + whole);
        }
    }

    public static final Ratio NONE = new Ratio(0, 0);

    /** The share between 0 and 1, or empty when there was nothing to count. */
    public OptionalDouble value() {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    /** The share in percent, rounded to whole percent, e.g. {@code 67%}; {@code —} when there was nothing to count. */
    public String percent() {
        return whole == 0 ? "—" : Math.round(100.0 * part / whole) + "%";
    }

    /** The share in percent with one decimal for charts and CSV, or {@code null} when there was nothing to count. */
    public Double percentValue() {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** e.g. {@code 12 of 18}. */
    public String counts() {
        return String.format(Locale.ROOT, "%d of %d", part, whole);
    }
}
