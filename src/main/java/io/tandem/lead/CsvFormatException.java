package io.tandem.lead;

/**
 * A file that cannot be read as CSV at all (not text, wrong encoding, a quote never closed, a line or a row too
 * long, no rows). The message says what is wrong and where, in words for the person who uploaded it; nothing of
 * such a file is imported.
 */
public class CsvFormatException extends RuntimeException {

    private final int line;

    public CsvFormatException(int line, String message) {
        super(line > 0 ? "Line " + line + ": " + message : message);
        this.line = line;
    }

    /** Text that is not valid in the encoding the file is read with. */
    static CsvFormatException encoding() {
        return new CsvFormatException(0, "The file is not valid text in the chosen encoding (UTF-8 unless another "
                + "is picked). Save it as \"CSV UTF-8\" in your spreadsheet, or pick the encoding it was saved in, "
                + "such as Windows-1252.");
    }

    /** The physical line (1-based) where the problem was found, 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
