package io.tandem.lead;

/** A valid row of an imported file, with the line it started on. */
public record ImportRow(int line, LeadForm lead) {
}
