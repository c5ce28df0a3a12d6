package io.tandem.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadCsvTest {

    @Test
    void formulasAreNeutralised() {
        assertThat(LeadCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(LeadCsv.cell("+1 555 0100")).isEqualTo("'+1 555 0100");
        assertThat(LeadCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(LeadCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(LeadCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(LeadCsv.cell("Maya = Marketing")).isEqualTo("Maya = Marketing");
    }

    @Test
    void rfc4180Quoting() {
        assertThat(LeadCsv.cell(null)).isEmpty();
        assertThat(LeadCsv.cell("Acme, Inc.")).isEqualTo("\"Acme, Inc.\"");
        assertThat(LeadCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(LeadCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(LeadCsv.cell(" padded ")).isEqualTo("\" padded \"");
        assertThat(LeadCsv.row(Arrays.asList("a", null, "b,c"))).isEqualTo("a,,\"b,c\"\r\n");
        assertThat(LeadCsv.row(List.of())).isEqualTo("\r\n");
    }
}
