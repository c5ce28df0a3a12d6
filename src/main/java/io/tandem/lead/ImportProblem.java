package io.tandem.lead;

/** Why one row of an imported file is not imported; {@code line} is the physical line where the row starts. */
public record ImportProblem(int line, String message) {
}
