package io.tandem.lead;

import java.util.List;

/** A column of the board as it is shown: how many leads it holds in all, and the first of them. */
public record ColumnSlice(long total, List<LeadCard> cards) {
}
