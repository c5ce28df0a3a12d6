package io.tandem.base;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One read shared by every view that reloads for the same live notice. A change reaches every open view at once
 * (every lead board, every insights dashboard), and each would run the same queries; the first runs them, the
 * others take its answer. Callers key the answers by the notice, so a later change is always read afresh, and they
 * are kept only for {@link #KEEP}, the time a notice takes to reach every view.
 * <p>
 * The first reader runs the read in a read-only transaction of its own; the others take no database connection at
 * all. A service method that shares a read must therefore not run in a transaction itself
 * ({@code @Transactional(propagation = NOT_SUPPORTED)}): otherwise every view would still begin and commit one, on a
 * connection of its own, only to be handed the answer another view had read (decision 0038).
 */
public final class SharedReads {

    private static final Duration KEEP = Duration.ofSeconds(5);

    private record Entry(long at, CompletableFuture<Object> value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final TransactionTemplate readOnly;

    public SharedReads(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** {@code read}'s answer for {@code key}: read now, in a read-only transaction, or taken from the first reader. */
    @SuppressWarnings("unchecked")
    public <V> V get(String key, Supplier<V> read) {
        long now = System.nanoTime();
        entries.values().removeIf(e -> now - e.at() > KEEP.toNanos());
        CompletableFuture<Object> mine = new CompletableFuture<>();
        Entry found = entries.putIfAbsent(key, new Entry(now, mine));
        if (found == null) {
            try {
                V value = alone(read);
                mine.complete(value);
                return value;
            } catch (RuntimeException e) {
                entries.remove(key); // a failed read is not shared: the next board tries for itself
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return (V) found.value().join();
        } catch (CompletionException e) {
            return alone(read); // the first reader failed: read for this board on its own
        }
    }

    /** {@code read}'s answer for this caller alone (no live notice to share it by), in a read-only transaction. */
    public <V> V alone(Supplier<V> read) {
        return readOnly.execute(status -> read.get());
    }
}
