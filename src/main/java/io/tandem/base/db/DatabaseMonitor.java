package io.tandem.base.db;

import com.vaadin.flow.shared.Registration;
import java.sql.Connection;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Knows whether the database answers. It asks the connection pool every few seconds (and at once when a request
 * failed for want of a connection) and tells every listener (open UIs, the co-edited brief) when the connection is
 * lost and when it is back. The pool itself reconnects; nothing needs a restart.
 */
@Component
public class DatabaseMonitor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseMonitor.class);

    private final DataSource dataSource;
    private final Duration every;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterAnswer = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "database-monitor");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean online = true;

    DatabaseMonitor(DataSource dataSource, @Value("${tandem.db-monitor.every:PT3S}") Duration every) {
        this.dataSource = dataSource;
        this.every = every;
        probes.scheduleWithFixedDelay(this::probe, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the database answered the last probe. */
    public boolean online() {
        return online;
    }

    /** Calls {@code onChange} with {@code false} when the connection is lost and {@code true} when it is back. */
    public Registration onChange(Consumer<Boolean> onChange) {
        listeners.add(onChange);
        return () -> listeners.remove(onChange);
    }

    /**
     * Runs {@code action} once, on the monitor's thread, after the next probe that reaches the database: at once
     * after a failed request if the database answers (a single broken connection), or when it is back.
     */
    public Registration afterNextAnswer(Runnable action) {
        afterAnswer.add(action);
        return () -> afterAnswer.remove(action);
    }

    /** A request failed; if for want of the database, find out now rather than at the next probe. */
    public void failed(Throwable error) {
        if (isOutage(error) && online) {
            probes.execute(this::probe);
        }
    }

    /** Whether this error means the database could not be reached (rather than a bug or bad input). */
    public static boolean isOutage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof java.net.ConnectException
                    || t.getClass().getSimpleName().equals("JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /** Asks the pool for a working connection now; for the probe thread and tests. */
    public synchronized boolean probe() {
        boolean answers;
        try (Connection c = dataSource.getConnection()) {
            answers = c.isValid(2);
        } catch (Exception e) {
            answers = false;
        }
        if (answers != online) {
            online = answers;
            // connections opened before the outage are dead even when the database is back: drop them all, so
            // the first request after recovery gets a fresh one instead of "Connection is closed"
            evictPooledConnections();
            if (answers) {
                log.info("Database connection is back");
            } else {
                log.warn("Database connection lost; retrying every {} s", every.toSeconds());
            }
            for (Consumer<Boolean> listener : listeners) {
                try {
                    listener.accept(answers);
                } catch (RuntimeException e) {
                    log.debug("A database state listener failed", e);
                }
            }
        }
        if (answers) {
            for (Runnable action : afterAnswer) {
                if (afterAnswer.remove(action)) {
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        log.debug("An action waiting for the database failed", e);
                    }
                }
            }
        }
        return answers;
    }

    private void evictPooledConnections() {
        try {
            if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
                com.zaxxer.hikari.HikariPoolMXBean pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class)
                        .getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            log.debug("Could not evict pooled connections", e);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        probes.shutdownNow();
    }
}
