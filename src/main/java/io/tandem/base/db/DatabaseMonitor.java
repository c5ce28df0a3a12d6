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
 * Knows whether the database answers. It asks every few seconds (and at once when a request failed for want of a
 * connection) and tells every listener (open UIs, the co-edited brief) when the connection is lost and when it is
 * back. The pool itself reconnects; nothing needs a restart.
 *
 * <p>It asks on a connection of its own, outside the pool: a pool whose connections are all busy (many people
 * reloading at once on a loaded server) is not a database that is gone. Asking through the pool, the monitor
 * waited for a free connection, gave up after the pool's timeout, told every open UI the database was lost and
 * emptied the pool, which made the load worse (LivePropagationBench with 20 browsers on two cores).
 */
@Component
public class DatabaseMonitor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseMonitor.class);
    private static final java.sql.Driver DRIVER = new org.mariadb.jdbc.Driver();

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
    /** The monitor's own connection (used under its lock), when the pool tells how to open one. */
    private Connection own;

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

    /** Asks the database now whether it answers (see the class comment); for the probe thread and tests. */
    public synchronized boolean probe() {
        // lost when the monitor's own connection fails; back only when the pool serves connections again too,
        // so that what waited for the database (the brief's unsaved fields) can be saved at once
        boolean answers = ownAnswers() && (online || answersThroughPool());
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

    private boolean ownAnswers() {
        com.zaxxer.hikari.HikariDataSource pool = hikari();
        if (pool == null || !isMariaDbUrl(pool.getJdbcUrl())) {
            return answersThroughPool();
        }
        try {
            if (own != null && own.isValid(2)) {
                return true;
            }
        } catch (java.sql.SQLException e) {
            // closed or broken: open a new one below
        }
        closeOwn();
        java.util.Properties props = new java.util.Properties();
        if (pool.getUsername() != null) {
            props.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            props.setProperty("password", pool.getPassword());
        }
        props.setProperty("connectTimeout", "2000");
        props.setProperty("socketTimeout", "5000");
        try {
            own = DRIVER.connect(pool.getJdbcUrl(), props);
            return own != null && own.isValid(2);
        } catch (java.sql.SQLException e) {
            closeOwn();
            return false;
        }
    }

    private static boolean isMariaDbUrl(String url) {
        try {
            return url != null && DRIVER.acceptsURL(url);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private boolean answersThroughPool() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    private void closeOwn() {
        if (own != null) {
            try {
                own.close();
            } catch (java.sql.SQLException e) {
                log.trace("Closing the monitor's broken connection", e);
            }
            own = null;
        }
    }

    private com.zaxxer.hikari.HikariDataSource hikari() {
        try {
            return dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)
                    ? dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class) : null;
        } catch (java.sql.SQLException e) {
            return null;
        }
    }

    private void evictPooledConnections() {
        com.zaxxer.hikari.HikariDataSource hikari = hikari();
        com.zaxxer.hikari.HikariPoolMXBean pool = hikari == null ? null : hikari.getHikariPoolMXBean();
        if (pool != null) {
            try {
                pool.softEvictConnections();
            } catch (RuntimeException e) {
                log.debug("Could not evict pooled connections", e);
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        probes.shutdownNow();
        synchronized (this) {
            closeOwn();
        }
    }
}
