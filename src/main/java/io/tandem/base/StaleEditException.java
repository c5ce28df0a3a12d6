package io.tandem.base;

/**
 * Someone else changed the item since the caller loaded it. The caller is told, with who changed it when
 * that is known; nothing is overwritten.
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String message) {
        super(message);
    }
}
