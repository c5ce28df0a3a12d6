package io.tandem.lead.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.tandem.KaribuTest;
import io.tandem.lead.ImportField;
import io.tandem.lead.LeadStage;
import io.tandem.people.DemoPeople;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ImportDialogTest extends KaribuTest {

    @Autowired
    DemoPeople demoPeople;
    @Autowired
    JdbcTemplate jdbc;

    private String domain;

    @BeforeEach
    void demo() {
        demoPeople.seed();
        domain = "k" + System.nanoTime() + ".example.com";
    }

    @AfterEach
    void leaveBoard() {
        LocatorJ._find(LeadBoardView.class).forEach(LeadBoardView::removeFromParent);
        MockVaadin.clientRoundtrip(false);
    }

    private File file(String text) throws IOException {
        File f = Files.createTempFile("import-test", ".csv").toFile();
        Files.writeString(f.toPath(), text, StandardCharsets.UTF_8);
        return f;
    }

    private String hubspot() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/leads/hubspot-contacts.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("example.com", domain);
        }
    }

    /** Background work reports through UI.access; run the UI queue until the condition holds. */
    private static void until(BooleanSupplier condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return condition.getAsBoolean();
        });
    }

    private static ImportDialog openDialog() {
        UI.getCurrent().navigate(LeadBoardView.class);
        LeadBoardView board = _get(LeadBoardView.class);
        _click(board.importCsv);
        return _get(ImportDialog.class);
    }

    @Test
    void aMarketerPreviewsFixesTheMappingImportsAndUndoes() throws IOException {
        login("leo");
        ImportDialog dialog = openDialog();
        assertThat(dialog.importButton.isEnabled()).isFalse();

        dialog.fileArrived("hubspot.csv", file(hubspot()));
        until(() -> dialog.preview() != null);
        assertThat(dialog.summary.getText()).isEqualTo("hubspot.csv: 7 rows, read as UTF-8, values separated by "
                + "commas. 4 leads ready to import, 3 rows with problems (not imported).");
        assertThat(dialog.mappingSelects).hasSize(12);
        assertThat(dialog.mappingSelects.get(3).getLabel()).isEqualTo("Email");
        assertThat(dialog.mappingSelects.get(3).getValue()).isEqualTo(ImportField.EMAIL);
        assertThat(dialog.mappingSelects.get(5).getHelperText()).isEqualTo("e.g. Nordlicht AB");
        assertThat(dialog.problems.getListDataView().getItems().map(p -> p.line())).containsExactly(4, 5, 7);
        assertThat(dialog.problemsSection.isVisible()).isTrue();
        assertThat(dialog.importButton.getText()).isEqualTo("Import 4 leads");

        _setValue(dialog.mappingSelects.get(3), ImportField.IGNORE);
        until(dialog.fileError::isVisible);
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.fileError.getText()).contains("No column is used for the email address");
        _setValue(dialog.mappingSelects.get(3), ImportField.EMAIL);
        until(() -> dialog.importButton.isEnabled());
        assertThat(dialog.fileError.isVisible()).isFalse();

        _click(dialog.importButton);
        until(() -> dialog.resultArea.isVisible());
        assertThat(dialog.resultArea.getElement().getTextRecursively()).startsWith("Imported 4 leads from hubspot.csv");
        assertThat(jdbc.queryForObject("select count(*) from lead_item where email like ?", Long.class,
                "%@" + domain)).isEqualTo(4);
        LeadBoardView board = _get(LeadBoardView.class);
        assertThat(board.columns.get(LeadStage.NEW).cardViews).anyMatch(c -> c.lead.email().equals("tomas.ruiz@"
                + domain));

        _click(LocatorJ._get(dialog.resultArea, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Undo this import")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(jdbc.queryForObject("select count(*) from lead_item where email like ?", Long.class,
                "%@" + domain)).isZero();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aFileWithoutProblemsShowsNoProblemSection() throws IOException {
        login("leo");
        ImportDialog dialog = openDialog();
        dialog.fileArrived("clean.csv", file("Name,Email\nNora Lindqvist,nora@" + domain + "\n"));
        until(() -> dialog.preview() != null);
        assertThat(dialog.summary.getText()).endsWith("1 lead ready to import.");
        assertThat(dialog.problemsSection.isVisible()).isFalse();
        assertThat(dialog.importButton.getText()).isEqualTo("Import 1 lead");
    }

    @Test
    void aBrokenFileIsExplainedAndNothingCanBeImported() throws IOException {
        login("maya");
        ImportDialog dialog = openDialog();
        dialog.fileArrived("broken.csv", file("Name,Email\nAda,ada@" + domain + "\n\"Bob,bob@" + domain + "\n"));
        until(dialog.fileError::isVisible);
        assertThat(dialog.fileError.getText()).isEqualTo("Line 3: a quoted value starts here and is never closed "
                + "(unbalanced quotes). Check the quotes in this row. Nothing was imported.");
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.details.isVisible()).isFalse();

        dialog.fileArrived("all-bad.csv", file("Name,Email\nAda,not-an-email\n,bob@" + domain + "\n"));
        until(() -> dialog.preview() != null);
        assertThat(dialog.importButton.getText()).isEqualTo("Nothing to import");
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.fileError.getText()).contains("every row has a problem");
        assertThat(jdbc.queryForObject("select count(*) from lead_item where email like ?", Long.class,
                "%@" + domain)).isZero();
    }

    @Test
    void salesHasNoImportButton() {
        login("priya");
        UI.getCurrent().navigate(LeadBoardView.class);
        assertThat(_get(LeadBoardView.class).importCsv.isVisible()).isFalse();
    }
}
