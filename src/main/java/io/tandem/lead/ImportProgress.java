package io.tandem.lead;

/**
 * Told after each committed batch of an import, in the order they commit; returning {@code false} stops the import:
 * no new batch starts, the ones being written finish (and are told too).
 */
@FunctionalInterface
public interface ImportProgress {

    boolean batchDone(int imported, int total);
}
