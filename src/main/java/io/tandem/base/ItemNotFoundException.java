package io.tandem.base;

/**
 * Thrown by services when an item does not exist or the caller may not see it; both look the same to the
 * caller, so the existence of items they may not see does not leak. Views show a friendly not-found page.
 */
public class ItemNotFoundException extends RuntimeException {

    public ItemNotFoundException(String what) {
        super(what + " was not found");
    }
}
