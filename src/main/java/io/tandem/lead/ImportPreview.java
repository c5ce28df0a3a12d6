package io.tandem.lead;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What an uploaded file would import: its header and column mapping, a sample value per column, the valid rows
 * (ready to import) and every problem with its line. {@code blocker} is set when nothing can be imported with
 * this mapping (no name or email column). Rows are checked against the database when the preview is made and
 * again when they are imported.
 */
public record ImportPreview(String fileName, Charset charset, char delimiter, List<String> headers,
        List<ImportField> mapping, List<String> samples, List<ImportRow> rows, List<ImportProblem> problems,
        int rowsInFile, String blocker) {

    public int valid() {
        return rows.size();
    }

    public boolean importable() {
        return blocker == null && !rows.isEmpty();
    }

    /** The delimiter in words. */
    public String delimiterName() {
        return switch (delimiter) {
            case ';' -> "semicolons";
            case '\t' -> "tabs";
            default -> "commas";
        };
    }
}
