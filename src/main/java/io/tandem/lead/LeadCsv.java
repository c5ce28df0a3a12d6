package io.tandem.lead;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV (RFC 4180: comma separated, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes
 * doubled) that is safe to open in a spreadsheet: a cell starting with {@code = + - @}, a tab or a carriage
 * return is prefixed with an apostrophe so it is never run as a formula.
 */
public final class LeadCsv {

    private LeadCsv() {
    }

    /** One cell, neutralised and quoted as needed; {@code null} is an empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(v.strip())) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** One record with its CRLF line end. */
    public static String row(List<String> values) {
        return values.stream().map(LeadCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
