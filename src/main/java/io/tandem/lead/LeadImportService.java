package io.tandem.lead;

import io.tandem.base.ItemNotFoundException;
import io.tandem.base.Team;
import io.tandem.base.db.DatabaseMonitor;
import io.tandem.campaign.CampaignRef;
import io.tandem.campaign.CampaignService;
import io.tandem.collaboration.LiveUpdates;
import io.tandem.people.CurrentPerson;
import io.tandem.people.Role;
import io.tandem.people.TandemUser;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.TransactionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV import of leads: a preview (mapping, valid rows, every problem with its line, duplicates within the file and
 * against the database) and the import itself, in batches that each commit on their own so that a big file shows
 * progress, can be stopped, and never leaves half a batch behind. Rows are written by an {@link ImportWriter} (the
 * board's JPA entities are not needed to insert thousands of new leads). Marketing imports (admins too), like adding a
 * lead by hand; the importer or an admin may undo an import while its leads are untouched.
 */
@Service
public class LeadImportService {

    private static final Logger log = LoggerFactory.getLogger(LeadImportService.class);

    /**
     * Rows per batch of an import: five batches of 1,000 cost a fresh JVM more than one of 5,000 (a 50k-row import
     * 19.3k–21.6k rows/s against 20.8k–23.9k, five alternating runs; docs/decisions/0035), and a batch still commits,
     * shows progress and can be stopped within a fraction of a second.
     */
    static final int BATCH = 5000;
    /** Emails asked about at once when a preview looks for the file's people on the board. */
    private static final int LOOKUP = 1000;
    /** Batches written at once, each on its own connection and in its own transaction. */
    static final int WRITERS = 2;
    private static final Duration NOTICE_EVERY = Duration.ofSeconds(1);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CurrentPerson currentPerson;
    private final CampaignService campaigns;
    private final ApplicationEventPublisher events;
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    LeadImportService(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, CurrentPerson currentPerson,
            CampaignService campaigns, ApplicationEventPublisher events, LiveUpdates liveUpdates, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.currentPerson = currentPerson;
        this.campaigns = campaigns;
        this.events = events;
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    /**
     * Reads an uploaded file and tells what importing it would do. Nothing is written.
     *
     * @throws CsvFormatException if the file cannot be read as CSV (its message says why and where)
     */
    @PreAuthorize("hasAuthority('TEAM_MARKETING') or hasRole('ADMIN')")
    public ImportPreview preview(InputStream file, String fileName, ImportOptions options) {
        requireImporter();
        List<CampaignRef> refs = campaigns.refs();
        Function<String, Long> byName = name -> refs.stream().filter(r -> r.name().equalsIgnoreCase(name.strip()))
                .map(CampaignRef::id).findFirst().orElse(null);
        if (options.campaignId() != null && refs.stream().noneMatch(r -> r.id().equals(options.campaignId()))) {
            throw new ItemNotFoundException("Campaign " + options.campaignId());
        }
        LeadImportReader.Read read = LeadImportReader.read(file, options, byName);
        List<ImportRow> rows = new ArrayList<>(read.rows().size());
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        Set<String> existing = existing(read.rows().stream().map(r -> r.lead().normalizedEmail()).toList());
        for (ImportRow row : read.rows()) {
            String email = row.lead().normalizedEmail();
            if (existing.contains(email)) {
                problems.add(new ImportProblem(row.line(), "Email: a lead with " + email
                        + " is already on the board"));
            } else {
                rows.add(row);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        return new ImportPreview(fileName == null || fileName.isBlank() ? "leads.csv" : fileName, read.charset(),
                read.delimiter(), read.headers(), read.mapping(), read.samples(), List.copyOf(rows),
                List.copyOf(problems), read.rowsInFile(), read.blocker());
    }

    /**
     * Imports the valid rows of a preview in batches of {@value #BATCH}, each in its own transaction, {@value #WRITERS}
     * at a time on their own connections, telling {@code progress} after each. Rows whose email reached the database since the preview are skipped and
     * counted. A database error ends the import with the committed batches kept and says so in the result.
     */
    @PreAuthorize("hasAuthority('TEAM_MARKETING') or hasRole('ADMIN')")
    public ImportResult importRows(ImportPreview preview, ImportProgress progress) {
        TandemUser me = requireImporter();
        if (!preview.importable()) {
            throw new IllegalArgumentException("Nothing to import");
        }
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        List<ImportRow> rows = preview.rows();
        Long importId = tx.execute(s -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update("INSERT INTO lead_import (file_name, imported_by_id, imported_by_name, started_at, "
                    + "rows_in_file, status) VALUES (:file, :by, :byName, :at, :rows, 'RUNNING')",
                    new MapSqlParameterSource().addValue("file", truncate(preview.fileName(), 255))
                            .addValue("by", me.personId()).addValue("byName", me.fullName())
                            .addValue("at", utc(started)).addValue("rows", preview.rowsInFile()),
                    key, new String[] {"id"});
            return key.getKey().longValue();
        });
        int imported = 0;
        int skipped = 0;
        boolean stopped = false;
        Throwable failed = null;
        Instant lastNotice = Instant.MIN;
        // batches go to WRITERS connections at once: a single connection leaves both the server and this JVM idle
        // half the time (one waits for the other); batches of one import touch different people, so they do not
        // wait for each other's locks
        ExecutorService writers = connections("lead-import-" + importId + "-");
        ImportWriter writer = new ImportWriter(jdbc, importId);
        try {
            CompletionService<Batch> written = new ExecutorCompletionService<>(writers);
            int next = 0;
            int inFlight = 0;
            boolean submitting = true;
            while (true) {
                while (submitting && inFlight < WRITERS && next < rows.size()) {
                    List<ImportRow> batch = rows.subList(next, Math.min(rows.size(), next + BATCH));
                    written.submit(() -> insertWithRetry(batch, writer, importId));
                    next += batch.size();
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                Future<Batch> finished = takeUninterruptibly(written);
                inFlight--;
                if (finished.state() == Future.State.FAILED) {
                    // no new batch starts; the one being written finishes and is counted
                    submitting = false;
                    if (failed == null) {
                        failed = finished.exceptionNow();
                    }
                    continue;
                }
                Batch done = finished.resultNow();
                imported += done.inserted();
                skipped += done.rows() - done.inserted();
                if (Duration.between(lastNotice, clock.instant()).compareTo(NOTICE_EVERY) >= 0) {
                    lastNotice = clock.instant();
                    liveUpdates.publishAfterCommit(LeadService.BOARD_TOPIC, "lead-imported",
                            String.valueOf(importId), me.fullName());
                }
                boolean goOn = progress == null || progress.batchDone(imported + skipped, rows.size());
                if (!goOn || Thread.currentThread().isInterrupted()) {
                    // the batches already being written finish; no new one starts
                    submitting = false;
                }
            }
            stopped = failed == null && next < rows.size();
        } finally {
            writers.shutdown();
        }
        String error = failed == null ? null : failure(failed, importId, imported);
        String status = error != null ? "FAILED" : stopped ? "STOPPED" : "DONE";
        String summary = "Imported " + imported + (imported == 1 ? " lead" : " leads") + " from "
                + preview.fileName() + (stopped ? " (stopped)" : error != null ? " (ended by a database error)" : "");
        finish(importId, me, imported, skipped, status, summary);
        return new ImportResult(importId, imported, skipped, rows.size(), stopped, error,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** What the person is told when a batch failed; the committed batches stay. */
    private String failure(Throwable cause, Long importId, int imported) {
        String count = String.format(Locale.ENGLISH, "%,d", imported);
        if (cause instanceof ConcurrentImportException) {
            return "Someone else was adding the same people at the same moment; " + count + " leads were imported. "
                    + "Import the file again to add the rest: rows already imported are skipped as duplicates.";
        }
        if (cause instanceof DataAccessException || cause instanceof TransactionException) {
            log.warn("Import {} ended by a database error after {} leads", importId, imported, cause);
            boolean outage = DatabaseMonitor.isOutage(cause);
            return (outage ? "The database could not be reached after " : "The database refused a batch after ")
                    + count + " leads were imported. Those are saved; import the same file again "
                    + (outage ? "when it is back" : "to try the rest")
                    + ": rows already imported are skipped as duplicates.";
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(cause);
    }

    /** The next written batch; an interrupt is kept for later, since the batches being written finish anyway. */
    private static Future<Batch> takeUninterruptibly(CompletionService<Batch> written) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return written.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Removes the leads of an import that nobody has touched since (still new, never changed), for the person who
     * imported them or an admin. Returns how many were removed; touched leads stay.
     */
    @PreAuthorize("hasAuthority('TEAM_MARKETING') or hasRole('ADMIN')")
    public int undo(Long importId) {
        TandemUser me = requireImporter();
        return tx.execute(s -> {
            List<Map<String, Object>> found = jdbc.queryForList("SELECT imported_by_id, status FROM lead_import "
                    + "WHERE id = :id FOR UPDATE", Map.of("id", importId));
            if (found.isEmpty()) {
                throw new ItemNotFoundException("Import " + importId);
            }
            Object by = found.getFirst().get("imported_by_id");
            if (me.role() != Role.ADMIN && (by == null || ((Number) by).longValue() != me.personId())) {
                throw new AccessDeniedException("Only the person who imported these leads, or an admin, may undo it");
            }
            if ("UNDONE".equals(found.getFirst().get("status"))) {
                return 0;
            }
            int removed = jdbc.update("DELETE FROM lead_item WHERE import_id = :id AND stage = 'NEW' AND version = 0",
                    Map.of("id", importId));
            jdbc.update("UPDATE lead_import SET status = 'UNDONE', undone_at = :at WHERE id = :id",
                    Map.of("id", importId, "at", utc(clock.instant())));
            events.publishEvent(new LeadsImported(me.personId(), me.fullName(), importId, "undone",
                    "Undid an import: removed " + removed + (removed == 1 ? " lead" : " leads")));
            liveUpdates.publishAfterCommit(LeadService.BOARD_TOPIC, "lead-import-undone", String.valueOf(importId),
                    me.fullName());
            return removed;
        });
    }

    /**
     * One batch in its own transaction, retried when it collided with another import or addition of the same
     * people (InnoDB chose it as the deadlock victim on the unique email index, or a lock wait timed out).
     */
    private Batch insertWithRetry(List<ImportRow> batch, ImportWriter writer, Long importId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> insertBatch(batch, writer, importId));
            } catch (DataAccessException e) {
                if (!collided(e)) {
                    throw e;
                }
                if (attempt == 5) {
                    throw new ConcurrentImportException(e);
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new ConcurrentImportException(interrupted);
                }
            }
        }
    }

    /**
     * Whether a batch failed because another transaction held the locks it needed: a deadlock or lock wait
     * (translated by Spring), or MariaDB's error 1467, which is how InnoDB reports losing a deadlock on the
     * AUTO-INC lock.
     */
    private static boolean collided(DataAccessException e) {
        return e instanceof PessimisticLockingFailureException
                || e.getCause() instanceof java.sql.SQLException sql && sql.getErrorCode() == 1467;
    }

    /** How many rows one committed batch had, and how many of them it inserted. */
    private record Batch(int rows, int inserted) {
    }

    /**
     * Writes one batch and counts it on the import's row. No history entry is written per lead: the import's own
     * row says who imported them and from which file ({@link LeadService#history}).
     */
    private Batch insertBatch(List<ImportRow> batch, ImportWriter writer, Long importId) {
        int inserted = writer.write(batch, utc(clock.instant()));
        jdbc.update("UPDATE lead_import SET imported = imported + :n, skipped = skipped + :s WHERE id = :id",
                Map.of("n", inserted, "s", batch.size() - inserted, "id", importId));
        return new Batch(batch.size(), inserted);
    }

    private void finish(Long importId, TandemUser me, int imported, int skipped, String status, String summary) {
        try {
            tx.executeWithoutResult(s -> {
                jdbc.update("UPDATE lead_import SET status = :status, finished_at = :at WHERE id = :id",
                        Map.of("status", status, "at", utc(clock.instant()), "id", importId));
                events.publishEvent(new LeadsImported(me.personId(), me.fullName(), importId, "imported", summary));
                liveUpdates.publishAfterCommit(LeadService.BOARD_TOPIC, "lead-imported", String.valueOf(importId),
                        me.fullName());
            });
        } catch (DataAccessException e) {
            // the database is gone: the import row stays RUNNING with the counts of the committed batches
        }
    }

    /**
     * The emails of {@code emails} that are already leads (emails are stored in lower case), asked {@value #LOOKUP}
     * at a time on {@value #WRITERS} connections at once: each lookup is the database's work (a 200k-row file asks
     * 200 times), and one connection left half of it idle.
     */
    private Set<String> existing(List<String> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        ExecutorService lookups = connections("lead-import-preview-");
        try {
            List<Future<List<String>>> found = new ArrayList<>();
            for (int i = 0; i < emails.size(); i += LOOKUP) {
                List<String> chunk = emails.subList(i, Math.min(emails.size(), i + LOOKUP));
                found.add(lookups.submit(() -> jdbc.queryForList("SELECT email FROM lead_item WHERE email IN (:emails)",
                        Map.of("emails", chunk), String.class)));
            }
            Set<String> existing = new HashSet<>();
            for (Future<List<String>> f : found) {
                f.get().forEach(e -> existing.add(e.toLowerCase(Locale.ROOT)));
            }
            return existing;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the file's emails against the board", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            lookups.shutdownNow();
        }
    }

    /** {@value #WRITERS} daemon threads, each holding one database connection while it works. */
    private static ExecutorService connections(String namePrefix) {
        return Executors.newFixedThreadPool(WRITERS, Thread.ofPlatform().daemon().name(namePrefix, 1).factory());
    }

    private TandemUser requireImporter() {
        TandemUser me = currentPerson.require();
        if (me.team() != Team.MARKETING && me.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only Marketing imports leads");
        }
        return me;
    }

    /**
     * A time as the database keeps it: UTC, like every time Hibernate writes ({@code hibernate.jdbc.time_zone}); a
     * {@code java.sql.Timestamp} would be written in the JVM's time zone.
     */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** One batch kept colliding with another import of the same people; it was rolled back each time. */
    static final class ConcurrentImportException extends RuntimeException {
        ConcurrentImportException(Throwable cause) {
            super(cause);
        }
    }
}
