package io.tandem.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadImportReaderTest {

    private static final Map<String, Long> CAMPAIGNS = Map.of("spring launch", 7L);

    private static LeadImportReader.Read read(InputStream in, ImportOptions options) {
        return LeadImportReader.read(in, options, name -> CAMPAIGNS.get(name.strip().toLowerCase()));
    }

    private static LeadImportReader.Read read(String text) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ImportOptions.AUTO);
    }

    private static InputStream resource(String name) {
        return LeadImportReaderTest.class.getResourceAsStream("/leads/" + name);
    }

    @Test
    void hubspotContactExportIsMappedAndEveryBadRowIsReportedWithItsLine() {
        LeadImportReader.Read read = read(resource("hubspot-contacts.csv"), ImportOptions.AUTO);

        assertThat(read.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read.delimiter()).isEqualTo(',');
        assertThat(read.headers()).first().isEqualTo("Record ID");
        assertThat(read.mapping()).containsExactly(ImportField.IGNORE, ImportField.FIRST_NAME, ImportField.LAST_NAME,
                ImportField.EMAIL, ImportField.PHONE, ImportField.COMPANY, ImportField.JOB_TITLE, ImportField.IGNORE,
                ImportField.IGNORE, ImportField.IGNORE, ImportField.SOURCE_CHANNEL, ImportField.IGNORE);
        assertThat(read.blocker()).isNull();
        assertThat(read.rowsInFile()).isEqualTo(7);
        assertThat(read.rows()).extracting(ImportRow::line).containsExactly(2, 3, 6, 8);
        LeadForm tomas = read.rows().get(1).lead();
        assertThat(tomas.name()).isEqualTo("Tomás Ruiz");
        assertThat(tomas.company()).isEqualTo("Ruiz, Vega & Partners");
        assertThat(tomas.sourceChannel()).isEqualTo("Paid Social");
        assertThat(read.rows().get(2).lead().company()).isEqualTo("Emerald \"Cloud\" Ltd");
        assertThat(read.rows().get(3).lead().company()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
        assertThat(read.problems()).extracting(ImportProblem::line).containsExactly(4, 5, 7);
        assertThat(read.problems().get(0).message()).startsWith("Email: This is not an email address")
                .contains("aiko.tanaka@example");
        assertThat(read.problems().get(1).message()).isEqualTo("Name: Give the lead's name");
        assertThat(read.problems().get(2).message()).contains("nora.lindqvist@example.com is already on line 2");
        assertThat(read.samples().get(5)).isEqualTo("Nordlicht AB");
    }

    @Test
    void salesforceExportInWindows1252WithSemicolonsIsRefusedAsUtf8AndReadWhenTheEncodingIsPicked() {
        assertThatThrownBy(() -> read(resource("salesforce-leads.csv"), ImportOptions.AUTO))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("not valid text in the chosen encoding").hasMessageContaining("Windows-1252");

        LeadImportReader.Read read = read(resource("salesforce-leads.csv"),
                ImportOptions.AUTO.withCharset(Charset.forName("windows-1252")).withCampaign(3L));
        assertThat(read.delimiter()).isEqualTo(';');
        assertThat(read.mapping()).containsExactly(ImportField.IGNORE, ImportField.IGNORE, ImportField.FIRST_NAME,
                ImportField.LAST_NAME, ImportField.JOB_TITLE, ImportField.COMPANY, ImportField.EMAIL,
                ImportField.PHONE, ImportField.IGNORE, ImportField.SOURCE_CHANNEL, ImportField.IGNORE,
                ImportField.NOTES, ImportField.CAMPAIGN);
        assertThat(read.rows()).extracting(ImportRow::line).containsExactly(2, 4, 7);
        LeadForm jana = read.rows().get(0).lead();
        assertThat(jana.notes()).isEqualTo("Asked for a demo;\nprefers mornings");
        assertThat(jana.campaignId()).isEqualTo(7L);
        assertThat(jana.jobTitle()).isEqualTo("Operations Lead");
        LeadForm juergen = read.rows().get(2).lead();
        assertThat(juergen.name()).isEqualTo("Jürgen Müller");
        assertThat(juergen.company()).isEqualTo("Müller & Söhne KG");
        assertThat(juergen.campaignId()).as("no campaign in the file: the one picked for the import").isEqualTo(3L);
        assertThat(read.problems()).extracting(ImportProblem::line, ImportProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "Campaign: there is no campaign called “No Such Campaign”"),
                org.assertj.core.groups.Tuple.tuple(6, "Email: This is not an email address (“not-an-email”)"));
    }

    @Test
    void aChosenMappingReplacesTheRecognisedOne() {
        String csv = "Full Name,Work Email,Mobile,Phone\nAda Lovelace,ada@example.com,+44 7700 1,+44 20 1\n";
        assertThat(read(csv).rows().getFirst().lead().phone()).isEqualTo("+44 7700 1");
        LeadImportReader.Read chosen = read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.AUTO.withMapping(List.of(ImportField.FULL_NAME, ImportField.EMAIL, ImportField.IGNORE,
                        ImportField.PHONE)));
        assertThat(chosen.rows().getFirst().lead().phone()).isEqualTo("+44 20 1");
    }

    @Test
    void withoutANameOrEmailColumnNothingIsImportableAndTheMappingIsBlamed() {
        LeadImportReader.Read read = read("Company,Phone\nAcme,+1 555\n");
        assertThat(read.blocker()).contains("name or the email address");
        assertThat(read.rows()).isEmpty();
        assertThat(read.rowsInFile()).isEqualTo(1);
        assertThat(read("Name,Company\nAda,Acme\n").blocker()).contains("email address");
        assertThat(read("Email\nada@example.com\n").blocker()).contains("for the name");
    }

    @Test
    void tabsUtf16AndLoneCarriageReturnsAreRead() {
        assertThat(read("Name\tEmail\nAda\tada@example.com\n").rows()).hasSize(1);
        byte[] utf16 = ("\uFEFFName,Email\r\nAda,ada@example.com\r\n").getBytes(StandardCharsets.UTF_16LE);
        LeadImportReader.Read read = read(new ByteArrayInputStream(utf16), ImportOptions.AUTO);
        assertThat(read.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(read.rows().getFirst().lead().email()).isEqualTo("ada@example.com");
        assertThat(read("Name,Email\rAda,ada@example.com\rBob,bob@example.com").rows()).extracting(ImportRow::line)
                .containsExactly(2, 3);
    }

    @Test
    void blankRowsAreSkippedAndRowsWithExtraValuesAreProblems() {
        LeadImportReader.Read read = read("Name,Email\n\n,\nAda,ada@example.com\nBob,bob@example.com,extra\n"
                + "Cy,cy@example.com,,\n");
        assertThat(read.rowsInFile()).isEqualTo(3);
        assertThat(read.rows()).extracting(r -> r.lead().name()).containsExactly("Ada", "Cy");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("3 values but the header names 2 columns");
        });
    }

    @Test
    void tooLongValuesAreRowProblemsNamingTheField() {
        LeadImportReader.Read read = read("Name,Email,Notes\nAda,ada@example.com," + "n".repeat(2001) + "\n");
        assertThat(read.problems()).singleElement().extracting(ImportProblem::message)
                .isEqualTo("Notes: Keep this to 2000 characters");
    }

    @Test
    void controlCharactersInAValueAreARowProblem() {
        LeadImportReader.Read read = read("Name,Email,Company\nAda,ada@example.com,Acme\u0007 Corp\n"
                + "Bob,bob@example.com,Fine Ltd\n");
        assertThat(read.rows()).extracting(r -> r.lead().name()).containsExactly("Bob");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("Company: Remove the invisible control characters");
        });
    }

    @Test
    void malformedFilesAreRefusedAsAWholeWithAClearMessage() {
        assertThatThrownBy(() -> read("")).isInstanceOf(CsvFormatException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("\n\n")).hasMessageContaining("empty");
        assertThatThrownBy(() -> read(",,\nAda,ada@example.com\n")).hasMessageContaining("Line 1")
                .hasMessageContaining("name the columns");
        assertThatThrownBy(() -> read("Name,Email\n")).hasMessageContaining("no leads");
        assertThatThrownBy(() -> read("Name,Email\nAda,ada@example.com\n\"Bob,bob@example.com\nCy,cy@example.com\n"))
                .isInstanceOf(CsvFormatException.class).hasMessageStartingWith("Line 3:")
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> read("Name,Email\n\"Ada\" Lovelace,ada@example.com\n"))
                .hasMessageStartingWith("Line 2:").hasMessageContaining("after a closing quote");
        assertThatThrownBy(() -> read("Name,Email\nAda\u0000,ada@example.com\n")).hasMessageContaining("binary");
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3};
        assertThatThrownBy(() -> read(new ByteArrayInputStream(pdf), ImportOptions.AUTO))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("encoding");
    }

    @Test
    void hugeLinesAndRowsWithAMillionColumnsStopEarly() throws IOException {
        String longLine = "Name,Email\nAda,\"" + "x".repeat(LeadImportReader.MAX_RECORD_CHARS + 10) + "\"\n";
        assertThatThrownBy(() -> read(longLine)).hasMessageStartingWith("Line 2:")
                .hasMessageContaining("longer than 100000 characters");

        StringBuilder wide = new StringBuilder("Name,Email\n");
        wide.append(",".repeat(1_000_000)).append('\n');
        assertThatThrownBy(() -> read(wide.toString())).hasMessageStartingWith("Line 2:")
                .hasMessageContaining("more than 500 columns");
        assertThatThrownBy(() -> read(",".repeat(1_000_000))).hasMessageStartingWith("Line 1:")
                .hasMessageContaining("more than 500 columns");
    }

    @Test
    void recognisedHeadersCoverHubspotAndSalesforceNames() {
        List<String> names = new ArrayList<>(List.of("Email Address", "E-mail", "FirstName", "LastName", "Title",
                "Company / Account", "Lead Source", "Original Source", "Description", "Campaign Name", "Phone Number"));
        assertThat(names.stream().map(ImportField::recognise).toList()).containsExactly(ImportField.EMAIL,
                ImportField.EMAIL, ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.JOB_TITLE,
                ImportField.IGNORE, ImportField.SOURCE_CHANNEL, ImportField.SOURCE_CHANNEL, ImportField.NOTES,
                ImportField.CAMPAIGN, ImportField.PHONE);
    }
}
