package io.tandem.lead;

import java.util.List;
import java.util.Locale;

/**
 * A column of the board as it is shown: how many leads it holds, and the first of them. Totals are counted up to
 * {@link #COUNTED_UP_TO}; a bigger column has {@code total} = {@code COUNTED_UP_TO + 1} and shows as "10,000+".
 */
public record ColumnSlice(long total, List<LeadCard> cards) {

    /** The most leads a column counts exactly; nobody reads further down a column than this. */
    public static final int COUNTED_UP_TO = 10_000;

    /** Whether the column holds more than {@link #COUNTED_UP_TO}, so {@link #total} is a lower bound. */
    public boolean countCapped() {
        return total > COUNTED_UP_TO;
    }

    /** The count as the column header shows it: "12", "1,234" or "10,000+". */
    public String totalLabel() {
        return label(total);
    }

    /** A count made up to {@link #COUNTED_UP_TO} + 1, as the board and the home show it: "1,234" or "10,000+". */
    public static String label(long counted) {
        return counted > COUNTED_UP_TO ? String.format(Locale.ENGLISH, "%,d+", COUNTED_UP_TO)
                : String.format(Locale.ENGLISH, "%,d", counted);
    }
}
