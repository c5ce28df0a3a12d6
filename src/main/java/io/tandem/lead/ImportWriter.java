package io.tandem.lead;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes the batches of one import into {@code lead_item}, each inside the caller's transaction, and says how many
 * rows of a batch it inserted: a row whose email is already a lead (added since the preview, by anyone) is left
 * alone. One writer per import, shared by its writer threads.
 *
 * <p>A batch goes as {@code LOAD DATA LOCAL INFILE} from memory: the database reads tab-separated text instead of
 * SQL, and this JVM builds that text instead of encoding 12 parameters a row (a 50k-row import on a fresh JVM:
 * 15.5k–16.3k rows/s with INSERT, 17.8k–26.2k loading; docs/decisions/0026). Loading a local file skips duplicate
 * rows with a warning each, and turns values the table cannot hold into warnings too (cut or changed instead of
 * refused), so a batch with any warning but its duplicates is refused and rolled back. A database that does not
 * accept local files ({@code local_infile} off, or the driver's {@code allowLocalInfile}) gets multi-row
 * {@code INSERT … ON DUPLICATE KEY UPDATE} for the rest of the import.
 */
final class ImportWriter {

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

    private static final String COLUMNS = "name, company, email, phone, job_title, campaign_id, source_channel, notes";
    private static final String INSERT = "INSERT INTO lead_item (" + COLUMNS + ", stage, created_at, updated_at, "
            + "stage_changed_at, recycle_count, version, import_id) VALUES ";
    private static final String VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?, 0, 0, ?)";
    /** Rows per INSERT when the database does not accept local files: 12 parameters each. */
    private static final int INSERT_ROWS = 1000;
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    /** MariaDB's error, or warning, for a row that would break a unique index. */
    private static final int DUPLICATE_KEY = 1062;
    /** "The used command is not allowed with this MariaDB version": how a server with local_infile off refuses. */
    private static final int COMMAND_NOT_ALLOWED = 1148;
    /** "LOAD DATA LOCAL INFILE is disabled": the same refusal from newer servers. */
    private static final int LOCAL_INFILE_DISABLED = 4166;

    private final NamedParameterJdbcTemplate jdbc;
    private final Long importId;
    private final AtomicBoolean localFilesRefused = new AtomicBoolean();

    ImportWriter(NamedParameterJdbcTemplate jdbc, Long importId) {
        this.jdbc = jdbc;
        this.importId = importId;
    }

    /** Writes one batch, created at {@code now} (UTC), and returns how many of its rows it inserted. */
    int write(List<ImportRow> batch, LocalDateTime now) {
        if (!localFilesRefused.get()) {
            try {
                return load(batch, now);
            } catch (DataAccessException e) {
                if (!refusesLocalFiles(e)) {
                    throw e;
                }
                if (localFilesRefused.compareAndSet(false, true)) {
                    log.warn("The database does not accept LOAD DATA LOCAL INFILE (local_infile is off, or the JDBC "
                            + "URL says allowLocalInfile=false); import {} writes its leads with INSERT, which is "
                            + "slower", importId);
                }
            }
        }
        return insert(batch, now);
    }

    private int load(List<ImportRow> batch, LocalDateTime now) {
        // the time and the import's id are the server's own values, written into the statement as literals
        String at = "'" + SQL_TIME.format(now) + "'";
        String sql = "LOAD DATA LOCAL INFILE 'leads.tsv' INTO TABLE lead_item CHARACTER SET utf8mb4 "
                + "FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (" + COLUMNS + ") "
                + "SET stage = 'NEW', created_at = " + at + ", updated_at = " + at + ", stage_changed_at = " + at
                + ", recycle_count = 0, version = 0, import_id = " + importId;
        byte[] file = tsv(batch);
        return jdbc.getJdbcTemplate().execute((ConnectionCallback<Integer>) con -> {
            try (Statement st = con.createStatement()) {
                st.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(file));
                int inserted = st.executeUpdate(sql);
                int skipped = batch.size() - inserted;
                long warnings;
                try (ResultSet rs = st.executeQuery("SELECT @@warning_count")) {
                    rs.next();
                    warnings = rs.getLong(1);
                }
                if (warnings != skipped) {
                    // a value was cut or changed: refuse the batch (the transaction rolls it back)
                    throw new DataIntegrityViolationException("The database changed a value of the batch instead "
                            + "of storing it: " + firstProblem(st));
                }
                return inserted;
            }
        });
    }

    /** The first warning of the last statement that is not a skipped duplicate. */
    private static String firstProblem(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SHOW WARNINGS")) {
            while (rs.next()) {
                if (rs.getInt("Code") != DUPLICATE_KEY) {
                    return rs.getInt("Code") + " " + rs.getString("Message");
                }
            }
        }
        return "more warnings than skipped rows";
    }

    /**
     * The values a row gives the columns of {@link #COLUMNS}, in their order: text, and the campaign's id as a
     * {@code Long}; {@code null} for none.
     */
    private static Object[] values(LeadForm f) {
        return new Object[] {f.name().strip(), LeadForm.optional(f.company()), f.normalizedEmail(),
                LeadForm.optional(f.phone()), LeadForm.optional(f.jobTitle()), f.campaignId(),
                LeadForm.optional(f.sourceChannel()), LeadForm.optional(f.notes())};
    }

    /** The batch as the tab-separated text {@link #load} reads: {@code \N} for no value, special characters escaped. */
    private static byte[] tsv(List<ImportRow> batch) {
        StringBuilder out = new StringBuilder(batch.size() * 160);
        for (ImportRow row : batch) {
            Object[] values = values(row.lead());
            for (int c = 0; c < values.length; c++) {
                field(out, values[c] == null ? null : values[c].toString()).append(c == values.length - 1 ? '\n' : '\t');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static boolean refusesLocalFiles(DataAccessException e) {
        if (!(e.getMostSpecificCause() instanceof SQLException sql)) {
            return false;
        }
        return sql.getErrorCode() == COMMAND_NOT_ALLOWED || sql.getErrorCode() == LOCAL_INFILE_DISABLED
                || sql.getMessage() != null && sql.getMessage().contains("allowLocalInfile");
    }

    /**
     * The batch as multi-row INSERTs of up to {@value #INSERT_ROWS} rows (a round trip each, whatever the driver's
     * batch settings, and well under the 65,535 parameters a prepared statement may have), leaving leads that exist
     * alone; the rows it inserted are this import's rows with the batch's emails (emails are unique among leads and
     * within an import's rows). Parameters are set on the statement directly: Spring's setters ask the driver for
     * the type of each null they are given, which MariaDB's driver answers by preparing the whole statement on the
     * server.
     */
    private int insert(List<ImportRow> batch, LocalDateTime now) {
        for (int from = 0; from < batch.size(); from += INSERT_ROWS) {
            insertRows(batch.subList(from, Math.min(batch.size(), from + INSERT_ROWS)), now);
        }
        List<String> emails = batch.stream().map(r -> r.lead().normalizedEmail()).toList();
        return jdbc.queryForObject("SELECT COUNT(*) FROM lead_item WHERE email IN (:emails) AND import_id = :import",
                Map.of("emails", emails, "import", importId), Integer.class);
    }

    private void insertRows(List<ImportRow> rows, LocalDateTime now) {
        StringBuilder sql = new StringBuilder(INSERT.length() + rows.size() * (VALUES.length() + 1) + 40)
                .append(INSERT);
        for (int row = 0; row < rows.size(); row++) {
            sql.append(row == 0 ? "" : ",").append(VALUES);
        }
        sql.append(" ON DUPLICATE KEY UPDATE id = id");
        jdbc.getJdbcTemplate().update(con -> {
            PreparedStatement ps = con.prepareStatement(sql.toString());
            int i = 0;
            for (ImportRow row : rows) {
                for (Object value : values(row.lead())) {
                    ps.setObject(++i, value);
                }
                ps.setObject(++i, now);
                ps.setObject(++i, now);
                ps.setObject(++i, now);
                ps.setLong(++i, importId);
            }
            return ps;
        });
    }
}
