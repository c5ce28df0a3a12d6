package io.tandem.lead;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks; CRLF or LF line
 * ends) one at a time from a stream, with limits so that a hostile or broken file fails early with a clear
 * message instead of filling the heap: at most {@code maxRecordChars} characters per record and
 * {@code maxColumns} cells. A quote that is never closed, text after a closing quote, a NUL character or text
 * that is not valid in the file's encoding are {@link CsvFormatException}s naming the line.
 */
final class CsvRecords {

    private final Reader in;
    private final char delimiter;
    private final int maxRecordChars;
    private final int maxColumns;
    private final char[] buffer = new char[64 * 1024];
    private int pos;
    private int end;
    private int line = 1;
    private int recordLine;
    private boolean eof;

    CsvRecords(Reader in, char delimiter, int maxRecordChars, int maxColumns) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
        this.maxColumns = maxColumns;
    }

    /** The physical line on which the record last returned by {@link #next()} started. */
    int recordLine() {
        return recordLine;
    }

    /** The next record, or {@code null} at the end of the file. Blank lines are skipped. */
    List<String> next() {
        while (true) {
            int c = read();
            if (c < 0) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            recordLine = line;
            return record(c);
        }
    }

    private List<String> record(int first) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int chars = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        int c = first;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    throw new CsvFormatException(recordLine, "a quoted value starts here and is never closed "
                            + "(unbalanced quotes). Check the quotes in this row.");
                }
                cells.add(cell.toString());
                return cells;
            }
            if (++chars > maxRecordChars) {
                throw new CsvFormatException(recordLine, "this row is longer than " + maxRecordChars
                        + " characters. Is it really a CSV file of leads?");
            }
            if (c == 0) {
                throw new CsvFormatException(line, "the file contains binary data (a NUL character). "
                        + "Upload a CSV text file.");
            }
            if (quoted) {
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
            } else if (c == delimiter) {
                addCell(cells, cell);
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int n = read();
                    if (n >= 0 && n != '\n') {
                        pos--; // a lone CR ends the record; the character after it starts the next
                    }
                }
                line++;
                cells.add(cell.toString());
                return cells;
            } else if (afterQuote) {
                if (c != ' ' && c != '\t') {
                    throw new CsvFormatException(line, "there is text after a closing quote. A value with quotes "
                            + "inside must be quoted as a whole, with its quotes doubled (\"\").");
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else {
                cell.append((char) c);
            }
            c = read();
        }
    }

    private void addCell(List<String> cells, StringBuilder cell) {
        if (cells.size() + 1 >= maxColumns) {
            throw new CsvFormatException(recordLine, "this row has more than " + maxColumns
                    + " columns. Is it really a CSV file of leads?");
        }
        cells.add(cell.toString());
    }

    private int read() {
        if (pos >= end) {
            if (eof) {
                return -1;
            }
            try {
                end = in.read(buffer, 0, buffer.length);
            } catch (CharacterCodingException e) {
                throw CsvFormatException.encoding();
            } catch (IOException e) {
                throw new CsvFormatException(0, "The file could not be read: " + e.getMessage());
            }
            pos = 0;
            if (end <= 0) {
                eof = true;
                end = 0;
                return -1;
            }
        }
        return buffer[pos++];
    }
}
