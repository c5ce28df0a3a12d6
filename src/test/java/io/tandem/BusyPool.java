package io.tandem;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Every connection of the app's pool taken, as on a server where every connection is busy. */
public final class BusyPool {

    private BusyPool() {
    }

    /** Runs {@code work} while this thread holds every connection of the pool; a read in it waits and fails. */
    public static void whileEveryConnectionIsHeld(DataSource dataSource, Runnable work) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(dataSource.getConnection());
            }
            if (pool.getHikariPoolMXBean().getIdleConnections() != 0) {
                throw new IllegalStateException("the pool still has idle connections");
            }
            work.run();
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }
}
