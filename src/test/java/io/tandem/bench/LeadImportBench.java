package io.tandem.bench;

import io.tandem.lead.ImportOptions;
import io.tandem.lead.ImportPreview;
import io.tandem.lead.ImportResult;
import io.tandem.lead.LeadImportService;
import io.tandem.people.DemoPeople;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Benchmark 4, CSV import: a HubSpot-style export of N rows (N = 50k and 200k; {@code -Dtandem.bench.importRows})
 * with one invalid row in 500, read and validated (preview: parse, map, validate, duplicates in the file and
 * against MariaDB) and then imported in committed batches, as the import dialog does. Prints rows per second for
 * the preview, the import and both together, and writes JSON.
 */
@SpringBootTest(properties = {"vaadin.devmode.devTools.enabled=false"})
class LeadImportBench {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    LeadImportService imports;

    @Test
    void csvImport() throws Exception {
        demoPeople.seed();
        Map<String, Object> results = new LinkedHashMap<>();
        int run = 0;
        for (int rows : rowCounts()) {
            // the first import of a fresh JVM includes its warm-up; a running server's later imports do not
            boolean first = run++ == 0;
            byte[] file = hubspotExport(rows, "r" + rows + "-" + System.nanoTime());
            Map<String, Object> m = new LinkedHashMap<>();
            demoPeople.runAs("maya", () -> {
                long t0 = System.nanoTime();
                ImportPreview preview = imports.preview(new ByteArrayInputStream(file), "bench.csv", ImportOptions.AUTO);
                long t1 = System.nanoTime();
                ImportResult result = imports.importRows(preview, (done, total) -> true);
                long t2 = System.nanoTime();
                double previewS = (t1 - t0) / 1e9;
                double importS = (t2 - t1) / 1e9;
                m.put("rows", rows);
                m.put("first_import_of_the_jvm", first);
                m.put("file_mb", file.length / 1e6);
                m.put("valid", preview.valid());
                m.put("problems", preview.problems().size());
                m.put("imported", result.imported());
                m.put("preview_s", previewS);
                m.put("import_s", importS);
                m.put("preview_rows_per_s", rows / previewS);
                m.put("import_rows_per_s", result.imported() / importS);
                m.put("end_to_end_rows_per_s", rows / (previewS + importS));
                System.out.printf(Locale.ROOT, "CSV IMPORT %,d rows (%.1f MB, %s): preview %.2f s (%,.0f rows/s), "
                        + "import %.2f s (%,.0f rows/s), end to end %,.0f rows/s; %,d imported, %,d problems%n", rows,
                        file.length / 1e6, first ? "first import of this JVM" : "JVM warm", previewS, rows / previewS, importS, result.imported() / importS,
                        rows / (previewS + importS), result.imported(), preview.problems().size());
                if (result.imported() != preview.valid()) {
                    throw new AssertionError("imported " + result.imported() + " of " + preview.valid());
                }
            });
            results.put("run" + run + "_rows_" + rows, m);
        }
        BenchReport.write("csv-import", results);
    }

    static int[] rowCounts() {
        String prop = System.getProperty("tandem.bench.importRows", "");
        return prop.isBlank() ? new int[] {50_000, 200_000}
                : Arrays.stream(prop.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    }

    /** A HubSpot contact export: 12 columns, quoted, one row in 500 with a broken email. */
    static byte[] hubspotExport(int rows, String tag) {
        StringBuilder csv = new StringBuilder(rows * 170);
        csv.append("\"Record ID\",\"First Name\",\"Last Name\",\"Email\",\"Phone Number\",\"Company Name\",")
                .append("\"Job Title\",\"Contact owner\",\"Lifecycle Stage\",\"Lead Status\",\"Original Source\",")
                .append("\"Create Date\"\n");
        String[] first = {"Nora", "Tomás", "Aiko", "Grace", "Samir", "Jana", "Pieter", "Lena", "Jürgen", "Chloé"};
        String[] last = {"Lindqvist", "Ruiz", "Tanaka", "O'Neill", "Haddad", "Novak", "de Vries", "Müller"};
        for (int i = 0; i < rows; i++) {
            String email = "p" + i + "." + tag + (i % 500 == 7 ? "_at_" : "@") + "bench" + (i % 40) + ".example.org";
            csv.append('"').append(100_000 + i).append("\",\"").append(first[i % first.length]).append("\",\"")
                    .append(last[i % last.length]).append("\",\"").append(email).append("\",\"+49 30 ")
                    .append(1_000_000 + i).append("\",\"Company ").append(i % 997).append(", Inc.\",\"Head of IT\",")
                    .append("\"Maya Brooks\",\"Lead\",\"New\",\"Organic Search\",\"2026-10-02 09:14\"\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
