package io.tandem.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * Percentiles over values counted by the database ({@code value, how many}, ascending), computed as SQL's
 * {@code PERCENTILE_CONT} computes them over the rows themselves: the value at rank {@code p × (n − 1)}, linearly
 * interpolated between the two values around it.
 */
final class Percentiles {

    private final List<long[]> counted = new ArrayList<>();
    private long count;

    /** Adds {@code n} occurrences of {@code value}; values must come in ascending order. */
    void add(long value, long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("A value is counted at least once, not " + n + " times");
        }
        if (!counted.isEmpty() && counted.getLast()[0] >= value) {
            throw new IllegalArgumentException("Values must come in ascending order: " + value + " after "
                    + counted.getLast()[0]);
        }
        counted.add(new long[] {value, n});
        count += n;
    }

    long count() {
        return count;
    }

    /** The continuous percentile {@code p} (0–1) of the values added so far. */
    double cont(double p) {
        if (count == 0) {
            throw new IllegalStateException("No values to take a percentile of");
        }
        double rank = p * (count - 1);
        long below = (long) Math.floor(rank);
        double fraction = rank - below;
        double lower = valueAt(below);
        return fraction == 0 ? lower : lower + fraction * (valueAt(below + 1) - lower);
    }

    /** The value of the row at 0-based {@code rank} if every counted value were a row. */
    private long valueAt(long rank) {
        long seen = 0;
        for (long[] c : counted) {
            seen += c[1];
            if (rank < seen) {
                return c[0];
            }
        }
        return counted.getLast()[0];
    }
}
