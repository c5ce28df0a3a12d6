package io.tandem.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.tandem.SignIn;
import io.tandem.TandemSpringTest;
import io.tandem.activity.ActivityService;
import io.tandem.campaign.CampaignRef;
import io.tandem.campaign.CampaignService;
import io.tandem.people.DemoPeople;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@TandemSpringTest
class LeadImportServiceTest {

    @Autowired
    LeadImportService imports;
    @Autowired
    LeadService leads;
    @Autowired
    CampaignService campaigns;
    @Autowired
    DemoPeople demoPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActivityService activity;

    private String domain;

    @BeforeEach
    void seed() {
        demoPeople.seed();
        domain = "t" + System.nanoTime() + ".example.com";
    }

    @AfterEach
    void out() {
        signIn.out();
    }

    /** A sample file with its addresses moved to this test's own domain, so tests never share a lead. */
    private InputStream sample(String name, Charset charset) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/leads/" + name)) {
            String text = new String(in.readAllBytes(), charset).replace("example.com", domain);
            return new ByteArrayInputStream(text.getBytes(charset));
        }
    }

    private InputStream generated(int rows, int from) {
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email,Company\n");
        for (int i = from; i < from + rows; i++) {
            csv.append("Person,No").append(i).append(",person").append(i).append('@').append(domain)
                    .append(",Company ").append(i % 97).append('\n');
        }
        return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void marketingImportsAHubspotExportAndRowsAlreadyOnTheBoardAreReported() throws IOException {
        signIn.as("leo");
        leads.create(new LeadForm("Nora L.", null, "nora.lindqvist@" + domain, null, null, null, null, null));

        ImportPreview preview = imports.preview(sample("hubspot-contacts.csv", StandardCharsets.UTF_8),
                "hubspot.csv", ImportOptions.AUTO);
        assertThat(preview.rowsInFile()).isEqualTo(7);
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(3, 6, 8);
        assertThat(preview.problems()).extracting(ImportProblem::line).containsExactly(2, 4, 5, 7);
        assertThat(preview.problems().getFirst().message()).contains("already on the board");
        assertThat(count("select count(*) from lead_item where email like ?", "%@" + domain))
                .as("a preview writes nothing").isEqualTo(1);

        List<int[]> progress = new ArrayList<>();
        ImportResult result = imports.importRows(preview, (done, total) -> progress.add(new int[] {done, total}));

        assertThat(result.complete()).isTrue();
        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.skippedAsDuplicates()).isZero();
        assertThat(progress).hasSize(1).first().isEqualTo(new int[] {3, 3});
        assertThat(jdbc.queryForList("select email from lead_item where import_id = ? order by email", String.class,
                result.importId())).containsExactly("grace.oneill@" + domain, "samir.haddad@" + domain,
                        "tomas.ruiz@" + domain);
        assertThat(jdbc.queryForMap("select status, imported, rows_in_file, imported_by_name from lead_import "
                + "where id = ?", result.importId())).containsEntry("status", "DONE").containsEntry("imported", 3)
                .containsEntry("rows_in_file", 7).containsEntry("imported_by_name", "Leo Fischer");
        Long tomas = jdbc.queryForObject("select id from lead_item where email = ?", Long.class, "tomas.ruiz@" + domain);
        LeadCard card = leads.get(tomas);
        assertThat(card.stage()).isEqualTo(LeadStage.NEW);
        assertThat(card.name()).isEqualTo("Tomás Ruiz");
        assertThat(card.company()).isEqualTo("Ruiz, Vega & Partners");
        assertThat(leads.history(tomas)).singleElement().satisfies(h -> {
            assertThat(h.from()).isNull();
            assertThat(h.to()).isEqualTo(LeadStage.NEW);
            assertThat(h.actorName()).isEqualTo("Leo Fischer");
            assertThat(h.detail()).isEqualTo("Imported from hubspot.csv");
            assertThat(h.at()).isEqualTo(card.createdAt());
        });
        assertThat(activity.forItem("lead-import", result.importId().toString(), 5)).singleElement()
                .satisfies(a -> assertThat(a.summary()).isEqualTo("Imported 3 leads from hubspot.csv"));

        StringWriter out = new StringWriter();
        leads.export(LeadFilter.ALL, out);
        assertThat(out.toString()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    void salesforceRowsGetTheirCampaignByNameAndTheChosenOneOtherwise() throws IOException {
        signIn.as("maya");
        CampaignRef spring = campaigns.create("Spring Launch " + domain);
        CampaignRef fallback = campaigns.create("Fallback " + domain);
        String text = new String(sample("salesforce-leads.csv", Charset.forName("windows-1252")).readAllBytes(),
                Charset.forName("windows-1252")).replace(";Spring Launch", ";" + spring.name());
        ImportPreview preview = imports.preview(new ByteArrayInputStream(text.getBytes(Charset.forName("windows-1252"))),
                "sf.csv", ImportOptions.AUTO.withCharset(Charset.forName("windows-1252")).withCampaign(fallback.id()));
        assertThat(preview.valid()).isEqualTo(3);
        assertThat(preview.problems()).hasSize(2);

        ImportResult result = imports.importRows(preview, null);
        assertThat(result.imported()).isEqualTo(3);
        assertThat(count("select count(*) from lead_item where campaign_id = ?", spring.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select name from lead_item where campaign_id = ?", String.class,
                fallback.id())).isEqualTo("Jürgen Müller");
    }

    @Test
    void onlyMarketingAndAdminsImportAndNothingIsWrittenForOthers() throws IOException {
        signIn.as("leo");
        ImportPreview preview = imports.preview(generated(3, 0), "x.csv", ImportOptions.AUTO);
        for (String who : List.of("priya", "sam")) {
            signIn.as(who);
            assertThatThrownBy(() -> imports.preview(generated(3, 0), "x.csv", ImportOptions.AUTO))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.importRows(preview, null)).isInstanceOf(AccessDeniedException.class);
        }
        signIn.out();
        assertThatThrownBy(() -> imports.preview(generated(3, 0), "x.csv", ImportOptions.AUTO))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThat(count("select count(*) from lead_item where email like ?", "%@" + domain)).isZero();
        signIn.as("alex");
        assertThat(imports.importRows(preview, null).imported()).isEqualTo(3);
    }

    @Test
    void bigFilesGoInBatchesThatCommitOneByOneAndCanBeStopped() {
        int batch = LeadImportService.BATCH;
        int rows = 2 * batch + batch / 2;
        signIn.as("leo");
        ImportPreview preview = imports.preview(generated(rows, 0), "big.csv", ImportOptions.AUTO);
        assertThat(preview.valid()).isEqualTo(rows);

        List<Integer> seen = new ArrayList<>();
        ImportResult stopped = imports.importRows(preview, (done, total) -> {
            seen.add(done);
            assertThat(total).isEqualTo(rows);
            return false;
        });
        // Stop lets the batches already being written finish (two at a time) and starts no other
        assertThat(stopped.stopped()).isTrue();
        assertThat(stopped.imported()).isIn(batch, 2 * batch);
        assertThat(seen.getLast()).isEqualTo(stopped.imported());
        assertThat(seen).isSorted().doesNotHaveDuplicates();
        assertThat(count("select count(*) from lead_item where import_id = ?", stopped.importId()))
                .isEqualTo(stopped.imported());
        assertThat(jdbc.queryForObject("select status from lead_import where id = ?", String.class,
                stopped.importId())).isEqualTo("STOPPED");
        assertThat(jdbc.queryForObject("select imported from lead_import where id = ?", Integer.class,
                stopped.importId())).isEqualTo(stopped.imported());

        List<Integer> again = new ArrayList<>();
        ImportResult rest = imports.importRows(preview, (done, total) -> again.add(done));
        assertThat(again).as("told once per batch, in the order they commit").hasSize(3).isSorted().endsWith(rows);
        assertThat(rest.imported()).isEqualTo(rows - stopped.imported());
        assertThat(rest.skippedAsDuplicates()).as("rows imported by the stopped run").isEqualTo(stopped.imported());
        assertThat(count("select count(*) from lead_item where email like ?", "%@" + domain)).isEqualTo(rows);
        assertThat(count("select count(*) from lead_stage_change c join lead_item l on l.id = c.lead_id "
                + "where l.email like ?", "%@" + domain)).as("the import row is their history, not a row each")
                .isZero();

        ImportPreview onTheBoard = imports.preview(generated(rows, 0), "big.csv", ImportOptions.AUTO);
        assertThat(onTheBoard.valid()).as("every row, in each of the lookups, is on the board now").isZero();
        assertThat(onTheBoard.problems()).hasSize(rows)
                .allSatisfy(p -> assertThat(p.message()).endsWith(" is already on the board"));
    }

    @Test
    void aBatchTheDatabaseRefusesEndsTheImportWithTheOtherBatchesKeptWholeAndNothingOfItWritten() {
        int batch = LeadImportService.BATCH;
        signIn.as("leo");
        ImportPreview valid = imports.preview(generated(2 * batch + batch / 2, 0), "refused.csv",
                ImportOptions.AUTO);
        // a row the preview would never let through (its name is longer than the column), in the second batch
        List<ImportRow> rows = new ArrayList<>(valid.rows());
        ImportRow bad = rows.get(batch + batch / 2);
        LeadForm f = bad.lead();
        rows.set(batch + batch / 2, new ImportRow(bad.line(), new LeadForm("x".repeat(500), f.company(), f.email(),
                f.phone(), f.jobTitle(), f.campaignId(), f.sourceChannel(), f.notes())));
        ImportPreview preview = new ImportPreview(valid.fileName(), valid.charset(), valid.delimiter(),
                valid.headers(), valid.mapping(), valid.samples(), rows, valid.problems(), valid.rowsInFile(), null);

        ImportResult result = imports.importRows(preview, null);

        assertThat(result.error()).contains("The database refused a batch after");
        assertThat(result.error()).contains(String.format(java.util.Locale.ENGLISH, "%,d", result.imported()));
        assertThat(result.imported()).as("the first batch, and the third if it started before the second failed")
                .isIn(batch, batch + batch / 2);
        assertThat(count("select count(*) from lead_item where import_id = ?", result.importId()))
                .isEqualTo(result.imported());
        assertThat(rows.get(batch).lead().email()).startsWith("person" + batch + "@");
        assertThat(count("select count(*) from lead_item where email like ? and cast(substring_index(substring(email, "
                + "7), '@', 1) as unsigned) between ? and ?", "%@" + domain, batch, 2 * batch - 1))
                .as("nothing of the refused batch (its rows %d to %d)", batch, 2 * batch - 1).isZero();
        assertThat(jdbc.queryForObject("select status from lead_import where id = ?", String.class,
                result.importId())).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select imported from lead_import where id = ?", Integer.class,
                result.importId())).isEqualTo(result.imported());
    }

    @Test
    void twoPeopleImportingOverlappingFilesAtOnceAddEachPersonOnce() throws Exception {
        signIn.as("leo");
        ImportPreview first = imports.preview(generated(3000, 0), "a.csv", ImportOptions.AUTO);
        signIn.as("maya");
        ImportPreview second = imports.preview(generated(3000, 1500), "b.csv", ImportOptions.AUTO);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ImportResult> a = pool.submit(() -> {
                signIn.as("leo");
                start.await();
                return imports.importRows(first, null);
            });
            Future<ImportResult> b = pool.submit(() -> {
                signIn.as("maya");
                start.await();
                return imports.importRows(second, null);
            });
            ImportResult ra = a.get(60, TimeUnit.SECONDS);
            ImportResult rb = b.get(60, TimeUnit.SECONDS);
            assertThat(List.of(ra, rb)).allSatisfy(r -> assertThat(r.error()).isNull());
            assertThat(count("select count(*) from lead_item where email like ?", "%@" + domain)).isEqualTo(4500);
            assertThat(count("select count(distinct email) from lead_item where email like ?", "%@" + domain))
                    .isEqualTo(4500);
            assertThat(ra.imported() + rb.imported()).isEqualTo(4500);
            assertThat(ra.imported() + ra.skippedAsDuplicates()).isEqualTo(3000);
            assertThat(rb.imported() + rb.skippedAsDuplicates()).isEqualTo(3000);
            assertThat(ra.complete() && rb.complete()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theImporterUndoesAnImportAndLeadsSomeoneTouchedStay() {
        signIn.as("leo");
        ImportResult result = imports.importRows(imports.preview(generated(5, 0), "u.csv", ImportOptions.AUTO), null);
        Long touched = jdbc.queryForObject("select id from lead_item where email = ?", Long.class,
                "person0@" + domain);
        LeadCard card = leads.get(touched);
        leads.handOver(touched, card.version(), List.of());

        signIn.as("maya");
        assertThatThrownBy(() -> imports.undo(result.importId())).isInstanceOf(AccessDeniedException.class);
        signIn.as("leo");
        assertThat(imports.undo(result.importId())).isEqualTo(4);
        assertThat(jdbc.queryForList("select email from lead_item where email like ?", String.class, "%@" + domain))
                .containsExactly("person0@" + domain);
        assertThat(imports.undo(result.importId())).as("undoing twice removes nothing more").isZero();
        assertThat(jdbc.queryForObject("select status from lead_import where id = ?", String.class,
                result.importId())).isEqualTo("UNDONE");
    }

    @Test
    void anImportedLeadsHistoryStartsWithItsImportWhichAnEntryStoredByAnEarlierVersionIsNotRepeatedAfter() {
        signIn.as("leo");
        imports.importRows(imports.preview(generated(2, 0), "history.csv", ImportOptions.AUTO), null);
        Long first = jdbc.queryForObject("select id from lead_item where email = ?", Long.class, "person0@" + domain);
        Long second = jdbc.queryForObject("select id from lead_item where email = ?", Long.class, "person1@" + domain);
        leads.handOver(first, leads.get(first).version(), List.of());

        assertThat(leads.history(first)).extracting(LeadHistoryEntry::from, LeadHistoryEntry::to)
                .containsExactly(tuple(null, LeadStage.NEW), tuple(LeadStage.NEW, LeadStage.MQL));
        assertThat(leads.history(first).getFirst().detail()).isEqualTo("Imported from history.csv");
        // leads imported before imports stopped writing an entry per lead have theirs stored
        jdbc.update("insert into lead_stage_change (lead_id, from_stage, to_stage, changed_at, actor_name, detail) "
                + "values (?, null, 'NEW', now(6), 'Leo Fischer', 'Imported from a CSV file')", second);
        assertThat(leads.history(second)).singleElement()
                .satisfies(h -> assertThat(h.detail()).isEqualTo("Imported from a CSV file"));
    }

    @Test
    void valuesWithTabsBackslashesLineBreaksAndUnicodeArriveAsTheyWereInTheFile() {
        signIn.as("leo");
        String csv = "Name,Email,Company,Notes,Phone\n"
                + "\"Zoë \\N Ørsted\",zoe@" + domain + ",\"Tab\there & back\\slash\",\"two\nlines\r\nand \\N\",\\N\n"
                + "Kein Telefon,kein@" + domain + ",,,\n";
        ImportPreview preview = imports.preview(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "special.csv", ImportOptions.AUTO);
        assertThat(preview.valid()).isEqualTo(2);

        assertThat(imports.importRows(preview, null).imported()).isEqualTo(2);

        assertThat(jdbc.queryForMap("select name, company, notes, phone from lead_item where email = ?",
                "zoe@" + domain)).containsEntry("name", "Zoë \\N Ørsted")
                .containsEntry("company", "Tab\there & back\\slash").containsEntry("phone", "\\N")
                .containsEntry("notes", preview.rows().getFirst().lead().notes().strip());
        assertThat(preview.rows().getFirst().lead().notes()).contains("\n");
        assertThat(jdbc.queryForMap("select company, notes, phone, campaign_id from lead_item where email = ?",
                "kein@" + domain)).containsEntry("company", null).containsEntry("notes", null)
                .containsEntry("phone", null).containsEntry("campaign_id", null);
    }

    @Test
    void aDatabaseThatDoesNotAcceptLocalFilesGetsTheLeadsAsInserts() {
        signIn.as("leo");
        ImportPreview preview = imports.preview(generated(1500, 0), "no-local-files.csv", ImportOptions.AUTO);
        ImportResult first = imports.importRows(new ImportPreview(preview.fileName(), preview.charset(),
                preview.delimiter(), preview.headers(), preview.mapping(), preview.samples(),
                preview.rows().subList(0, 700), preview.problems(), preview.rowsInFile(), null), null);
        assertThat(first.imported()).isEqualTo(700);
        jdbc.execute("SET GLOBAL local_infile = 0");
        try {
            ImportResult rest = imports.importRows(preview, null);

            assertThat(rest.error()).isNull();
            assertThat(rest.imported()).isEqualTo(800);
            assertThat(rest.skippedAsDuplicates()).as("rows the first import added").isEqualTo(700);
            assertThat(count("select count(*) from lead_item where import_id = ?", rest.importId())).isEqualTo(800);
            assertThat(count("select count(*) from lead_item where email like ?", "%@" + domain)).isEqualTo(1500);
        } finally {
            jdbc.execute("SET GLOBAL local_infile = 1");
        }
    }

    @Test
    void aLeadAddedByHandTwiceAtOnceExistsOnce() throws Exception {
        String email = "twice@" + domain;
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String who : List.of("leo", "maya")) {
                outcomes.add(pool.submit(() -> {
                    signIn.as(who);
                    start.await();
                    try {
                        leads.create(new LeadForm("Twice", null, email, null, null, null, null, null));
                        return "created";
                    } catch (io.tandem.base.ValidationException e) {
                        return e.getMessage();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce("created");
            assertThat(count("select count(*) from lead_item where email = ?", email)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
