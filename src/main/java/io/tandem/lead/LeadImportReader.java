package io.tandem.lead;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns an uploaded file into lead forms and problems, without touching the database: detects the encoding
 * (byte-order mark, else strict UTF-8 unless one is chosen) and the delimiter (comma, semicolon or tab, from the
 * header row), maps columns, validates each row with the same rules as a lead typed by hand and finds duplicate
 * emails within the file. File-level problems are {@link CsvFormatException}s; row problems are listed with the
 * row's line and never stop the others.
 */
final class LeadImportReader {

    static final int MAX_RECORD_CHARS = 100_000;
    static final int MAX_COLUMNS = 500;
    static final int MAX_ROWS = 500_000;
    private static final int SAMPLE_ROWS = 50;

    /** A read file: everything of {@link ImportPreview} but the database checks. */
    record Read(Charset charset, char delimiter, List<String> headers, List<ImportField> mapping, List<String> samples,
            List<ImportRow> rows, List<ImportProblem> problems, int rowsInFile, String blocker) {
    }

    private LeadImportReader() {
    }

    /**
     * @param campaignByName the id of the campaign with this name (any case), or {@code null} if there is none
     */
    static Read read(InputStream raw, ImportOptions options, Function<String, Long> campaignByName) {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        Charset charset = charset(in, options.charset());
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
        char delimiter = delimiter(reader);
        CsvRecords records = new CsvRecords(reader, delimiter, MAX_RECORD_CHARS, MAX_COLUMNS);

        List<String> headers = records.next();
        if (headers == null) {
            throw new CsvFormatException(0, "The file is empty. Export the leads with a header row, for example "
                    + "First Name, Last Name, Email, Company.");
        }
        headers = headers.stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
        if (headers.stream().allMatch(String::isEmpty)) {
            throw new CsvFormatException(1, "the first row should name the columns (for example First Name, "
                    + "Last Name, Email, Company) but it is empty.");
        }
        List<ImportField> mapping = options.mapping() != null && options.mapping().size() == headers.size()
                ? options.mapping() : ImportField.recognise(headers);
        String blocker = ImportField.missing(mapping);

        List<String> samples = new ArrayList<>(Collections.nCopies(headers.size(), ""));
        List<ImportRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        Map<String, Long> campaigns = new HashMap<>();
        int rowsInFile = 0;
        List<String> record;
        while ((record = records.next()) != null) {
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (++rowsInFile > MAX_ROWS) {
                throw new CsvFormatException(0, "The file has more than " + String.format(Locale.ENGLISH, "%,d",
                        MAX_ROWS) + " rows. Split it into smaller files and import them one after the other.");
            }
            int line = records.recordLine();
            if (rowsInFile <= SAMPLE_ROWS) {
                for (int i = 0; i < Math.min(record.size(), samples.size()); i++) {
                    if (samples.get(i).isEmpty() && !record.get(i).isBlank()) {
                        samples.set(i, record.get(i).strip());
                    }
                }
            }
            if (blocker != null) {
                continue;
            }
            if (record.size() > headers.size()
                    && record.subList(headers.size(), record.size()).stream().anyMatch(c -> !c.isBlank())) {
                problems.add(new ImportProblem(line, "The row has " + record.size() + " values but the header names "
                        + headers.size() + " columns (a missing quote or an extra delimiter?)"));
                continue;
            }
            row(line, record, mapping, options.campaignId(), campaignByName, campaigns, firstLineOfEmail, rows,
                    problems);
        }
        if (rowsInFile == 0) {
            throw new CsvFormatException(0, "The file has a header row but no leads below it.");
        }
        return new Read(charset, delimiter, headers, mapping, samples, rows, problems, rowsInFile, blocker);
    }

    private static void row(int line, List<String> record, List<ImportField> mapping, Long defaultCampaign,
            Function<String, Long> campaignByName, Map<String, Long> campaigns, Map<String, Integer> firstLineOfEmail,
            List<ImportRow> rows, List<ImportProblem> problems) {
        EnumValues v = new EnumValues();
        for (int i = 0; i < mapping.size() && i < record.size(); i++) {
            v.put(mapping.get(i), record.get(i).strip());
        }
        String name = v.get(ImportField.FULL_NAME);
        if (name.isEmpty()) {
            name = (v.get(ImportField.FIRST_NAME) + " " + v.get(ImportField.LAST_NAME)).strip();
        }
        Long campaignId = defaultCampaign;
        String campaignName = v.get(ImportField.CAMPAIGN);
        if (!campaignName.isEmpty()) {
            campaignId = campaigns.computeIfAbsent(campaignName.toLowerCase(Locale.ROOT), k -> {
                Long id = campaignByName.apply(campaignName);
                return id == null ? -1L : id;
            });
            if (campaignId == -1L) {
                problems.add(new ImportProblem(line, "Campaign: there is no campaign called " + quote(campaignName)));
                return;
            }
        }
        LeadForm form = new LeadForm(name, v.get(ImportField.COMPANY), v.get(ImportField.EMAIL),
                v.get(ImportField.PHONE), v.get(ImportField.JOB_TITLE), campaignId, v.get(ImportField.SOURCE_CHANNEL),
                v.get(ImportField.NOTES));
        Map<String, String> errors = LeadService.errors(form);
        if (!errors.isEmpty()) {
            List<String> parts = new ArrayList<>();
            errors.forEach((field, message) -> parts.add(label(field) + ": " + message
                    + (field.equals("email") && !form.email().isBlank() ? " (" + quote(form.email()) + ")" : "")));
            problems.add(new ImportProblem(line, String.join("; ", parts)));
            return;
        }
        String email = form.normalizedEmail();
        Integer first = firstLineOfEmail.putIfAbsent(email, line);
        if (first != null) {
            problems.add(new ImportProblem(line, "Email: " + email + " is already on line " + first
                    + " of this file"));
            return;
        }
        rows.add(new ImportRow(line, form));
    }

    private static String label(String field) {
        return switch (field) {
            case "jobTitle" -> "Job title";
            case "sourceChannel" -> "Source channel";
            default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
        };
    }

    static String quote(String value) {
        String v = value.length() > 60 ? value.substring(0, 57) + "…" : value;
        return "“" + v.replaceAll("\\p{Cntrl}", "�") + "”";
    }

    /** The encoding: the chosen one, else the byte-order mark's, else UTF-8. A matching BOM is skipped. */
    private static Charset charset(BufferedInputStream in, Charset chosen) {
        try {
            in.mark(4);
            byte[] bom = in.readNBytes(3);
            in.reset();
            Charset detected = null;
            int skip = 0;
            if (bom.length >= 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
                detected = StandardCharsets.UTF_8;
                skip = 3;
            } else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF) {
                detected = StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (bom.length >= 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
                detected = StandardCharsets.UTF_16LE;
                skip = 2;
            }
            Charset charset = chosen != null ? chosen : detected != null ? detected : StandardCharsets.UTF_8;
            if (detected != null && (charset.equals(detected) || charset.equals(StandardCharsets.UTF_16))) {
                in.skipNBytes(skip);
                charset = detected;
            }
            return charset;
        } catch (IOException e) {
            throw new CsvFormatException(0, "The file could not be read: " + e.getMessage());
        }
    }

    /** Comma, semicolon or tab: whichever occurs most in the header row outside quotes (comma on a tie). */
    private static char delimiter(BufferedReader reader) {
        try {
            reader.mark(MAX_RECORD_CHARS + 1);
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            boolean quoted = false;
            for (int i = 0; i < MAX_RECORD_CHARS; i++) {
                int c = reader.read();
                if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                    break;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    commas += c == ',' ? 1 : 0;
                    semicolons += c == ';' ? 1 : 0;
                    tabs += c == '\t' ? 1 : 0;
                }
            }
            reader.reset();
            if (semicolons > commas && semicolons >= tabs) {
                return ';';
            }
            return tabs > commas ? '\t' : ',';
        } catch (java.nio.charset.CharacterCodingException e) {
            throw CsvFormatException.encoding();
        } catch (IOException e) {
            throw new CsvFormatException(0, "The file could not be read: " + e.getMessage());
        }
    }

    /** Values of one row by field; a field mapped twice keeps its first non-blank value. */
    private static final class EnumValues {
        private final Map<ImportField, String> values = new java.util.EnumMap<>(ImportField.class);

        void put(ImportField f, String value) {
            if (f != ImportField.IGNORE && !value.isEmpty()) {
                values.putIfAbsent(f, value);
            }
        }

        String get(ImportField f) {
            return values.getOrDefault(f, "");
        }
    }
}
