package io.tandem.base;

/**
 * A domain event that belongs in the activity trail. Features publish records implementing this inside their
 * transaction; the activity feature appends them in that same transaction, so the trail never misses a
 * committed change and never records one that rolled back.
 */
public interface DomainActivity {

    /** The person who acted, or {@code null} for the system. */
    Long actorId();

    String actorName();

    /** What kind of item, e.g. {@code person}, {@code campaign}. */
    String itemType();

    String itemId();

    /** A short verb phrase key, e.g. {@code created}, {@code deactivated}. */
    String action();

    /** A human sentence for the trail, e.g. "Added Maya Singh (Sales, member)". */
    String summary();
}
