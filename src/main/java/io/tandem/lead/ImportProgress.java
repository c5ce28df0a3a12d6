package io.tandem.lead;

/** Told after each committed batch of an import; returning {@code false} stops the import after that batch. */
@FunctionalInterface
public interface ImportProgress {

    boolean batchDone(int imported, int total);
}
