package io.tandem.insight;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Two threads that run independent read-only dashboard queries beside the caller's, each on its own connection
 * from the pool. Two, because the database and the app share a few cores: more would only queue, and however many
 * dashboards are open at once the insights never hold more than two extra connections.
 */
@Component
class ParallelQueries {

    static final int THREADS = 2;

    private final ExecutorService executor;

    ParallelQueries() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "insight-query-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    <T> CompletableFuture<T> supply(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, executor);
    }

    /** The query's result, or its own exception (a {@code DataAccessException} stays one for the caller). */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new IllegalStateException("Interrupted while the dashboard was computed", e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
