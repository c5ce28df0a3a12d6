package io.tandem.lead.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import io.tandem.base.ui.IfOpen;
import io.tandem.base.ui.CsvDownload;
import io.tandem.base.ui.Toast;
import io.tandem.campaign.CampaignRef;
import io.tandem.lead.CsvFormatException;
import io.tandem.lead.ImportField;
import io.tandem.lead.ImportOptions;
import io.tandem.lead.ImportPreview;
import io.tandem.lead.ImportProblem;
import io.tandem.lead.ImportResult;
import io.tandem.lead.ImportRow;
import io.tandem.lead.LeadCsv;
import io.tandem.lead.LeadImportService;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * CSV import of leads: upload, a preview with the column mapping (recognised from HubSpot and Salesforce headers,
 * changeable), the rows that will be imported and every problem with its line, then the import in batches with a
 * progress bar and a Stop button. Reading and importing run off the UI thread, so the board and this dialog stay
 * responsive with big files; results arrive by server push. An import can be undone while its leads are untouched.
 */
class ImportDialog extends Dialog {

    static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportDialog.class);

    private final LeadImportService imports;
    private final Executor executor;
    private final Map<Long, String> campaignNames;

    final Upload upload;
    final ComboBox<CampaignRef> campaign = new ComboBox<>("Campaign for rows without one");
    final Select<Charset> encoding = new Select<>();
    final Div options;
    final Div fileError = new Div();
    final ProgressBar reading = new ProgressBar();
    final Span summary = new Span();
    final Div details = new Div();
    final FormLayout mapping = new FormLayout();
    final List<Select<ImportField>> mappingSelects = new ArrayList<>();
    final Grid<ImportRow> sample = new Grid<>();
    final Grid<ImportProblem> problems = new Grid<>();
    final Anchor problemsCsv;
    /** The rows with problems: heading, list and download, shown only when there are any. */
    final Div problemsSection = new Div();
    final Div progressArea = new Div();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div resultArea = new Div();
    final Button importButton = new Button("Import");
    final Button cancel = new Button("Cancel");
    final Button stop = new Button("Stop");

    private File file;
    private String fileName;
    private volatile ImportPreview preview;
    /** Preview runs are numbered; a result older than the newest request is dropped. */
    private final AtomicInteger generation = new AtomicInteger();
    private volatile boolean stopRequested;
    private boolean importing;
    private Runnable onImported = () -> { };

    ImportDialog(LeadImportService imports, List<CampaignRef> campaigns, Executor executor) {
        this.imports = imports;
        this.executor = executor;
        this.campaignNames = campaigns.stream().collect(Collectors.toMap(CampaignRef::id, CampaignRef::name));
        setHeaderTitle("Import leads from a CSV file");
        setWidth("min(60rem, 96vw)");
        addClassName("import-dialog");
        setCloseOnOutsideClick(false);

        Paragraph intro = new Paragraph("Upload a CSV export from HubSpot (Contacts → Export) or Salesforce "
                + "(Leads → Export, or a leads report). Columns are matched by their names; you can change the "
                + "matching below. Every row is checked first, and only valid rows are imported, as new leads.");
        intro.addClassName("hint");

        UI ui = UI.getCurrent();
        // the server refuses bodies over the limit too (the browser's check can be bypassed)
        TemporaryFileUploadHandler handler = new TemporaryFileUploadHandler((meta, uploaded) -> ui.access(() ->
                fileArrived(meta.fileName(), uploaded))) {
            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return MAX_BYTES + 64 * 1024;
            }
        };
        handler.whenStart(() -> {
            fileError.setVisible(false);
            reading.setVisible(true);
        });
        handler.whenComplete(success -> {
            if (!success) {
                showFileError("The file could not be uploaded. Upload one .csv file of up to "
                        + MAX_BYTES / (1024 * 1024) + " MB.");
            }
        });
        upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.addFileRejectedListener(e -> showFileError(e.getErrorMessage() + ". Upload one .csv file of up to "
                + MAX_BYTES / (1024 * 1024) + " MB."));
        upload.addFileRemovedListener(e -> reset());

        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(CampaignRef::name);
        campaign.setClearButtonVisible(true);
        campaign.setPlaceholder("None");
        campaign.setHelperText("A Campaign column in the file wins");
        campaign.addValueChangeListener(e -> refreshPreview());
        encoding.setLabel("Encoding");
        encoding.setItems(List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
                StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16));
        encoding.setEmptySelectionAllowed(true);
        encoding.setEmptySelectionCaption("Automatic (UTF-8)");
        encoding.setItemLabelGenerator(c -> c == null ? "Automatic (UTF-8)" : switch (c.name()) {
            case "windows-1252" -> "Windows-1252 (Excel on Windows)";
            case "ISO-8859-1" -> "ISO-8859-1 (Latin-1)";
            case "UTF-16" -> "UTF-16";
            default -> "UTF-8";
        });
        encoding.setHelperText("Change it if letters like ä or é look wrong");
        encoding.addValueChangeListener(e -> refreshPreview());
        options = new Div(campaign, encoding);
        options.addClassName("import-options");

        fileError.addClassName("import-file-error");
        fileError.getElement().setAttribute("role", "alert");
        fileError.setVisible(false);
        reading.setIndeterminate(true);
        reading.setVisible(false);

        summary.addClassName("import-summary");
        mapping.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40rem", 4));
        mapping.addClassName("import-mapping");
        sample.addColumn(ImportRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        sample.addColumn(r -> r.lead().name()).setHeader("Name");
        sample.addColumn(r -> r.lead().email()).setHeader("Email");
        sample.addColumn(r -> r.lead().company()).setHeader("Company");
        sample.addColumn(r -> r.lead().jobTitle()).setHeader("Job title");
        sample.addColumn(r -> r.lead().campaignId() == null ? "" : campaignNames.getOrDefault(r.lead().campaignId(), ""))
                .setHeader("Campaign");
        sample.setAllRowsVisible(true);
        sample.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.addColumn(ImportProblem::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setHeader("Not imported because");
        problems.setHeight("12rem");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problemsCsv = CsvDownload.link("Download the problems as CSV", () -> "import-problems.csv",
                this::writeProblems);
        problemsCsv.addClassName("import-problems-csv");
        problemsSection.add(new H4("Rows with problems"), problems, problemsCsv);
        details.add(summary, new H4("Columns"), mapping, new H4("First rows to import"), sample, problemsSection);
        details.addClassName("import-details");
        details.setVisible(false);

        progress.setMin(0);
        progressArea.add(progressText, progress);
        progressArea.addClassName("import-progress");
        progressArea.setVisible(false);
        resultArea.addClassName("import-result");
        resultArea.setVisible(false);

        add(intro, upload, reading, options, fileError, details, progressArea, resultArea);

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> startImport());
        cancel.addClickListener(e -> close());
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.setVisible(false);
        stop.addClickListener(e -> {
            stopRequested = true;
            stop.setEnabled(false);
            stop.setText("Stopping after the batches being written…");
        });
        getFooter().add(cancel, stop, importButton);
    }

    /** Called after a successful import or undo, to reload the board. */
    void onImported(Runnable action) {
        this.onImported = action;
    }

    /** The upload callback (and tests): a file to read. */
    void fileArrived(String name, File uploaded) {
        deleteFile();
        file = uploaded;
        fileName = name;
        encoding.clear();
        mappingSelects.clear();
        preview = null;
        resultArea.setVisible(false);
        refreshPreview();
    }

    private ImportOptions options() {
        List<ImportField> chosen = mappingSelects.isEmpty() ? null
                : mappingSelects.stream().map(s -> s.getValue() == null ? ImportField.IGNORE : s.getValue()).toList();
        return new ImportOptions(encoding.getValue(), campaign.getValue() == null ? null : campaign.getValue().id(),
                chosen);
    }

    /** Reads the file again with the current options, off the UI thread. */
    private void refreshPreview() {
        if (file == null || importing) {
            return;
        }
        int mine = generation.incrementAndGet();
        ImportOptions options = options();
        File current = file;
        String name = fileName;
        UI ui = UI.getCurrent();
        reading.setVisible(true);
        importButton.setEnabled(false);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            ImportPreview result = null;
            String error;
            try (InputStream in = Files.newInputStream(current.toPath())) {
                result = imports.preview(in, name, options);
                error = null;
            } catch (CsvFormatException | AccessDeniedException ex) {
                error = ex.getMessage();
            } catch (IOException | RuntimeException ex) {
                log.warn("Could not read an uploaded lead file", ex);
                error = "The file could not be read (" + ex.getClass().getSimpleName() + "). Nothing was imported.";
            }
            ImportPreview done = result;
            String message = error;
            IfOpen.access(ui, () -> {
                if (generation.get() != mine) {
                    return;
                }
                reading.setVisible(false);
                if (done == null) {
                    preview = null;
                    details.setVisible(false);
                    showFileError(message + " Nothing was imported.");
                } else {
                    show(done);
                }
            });
        }));
    }

    void show(ImportPreview p) {
        preview = p;
        fileError.setVisible(false);
        details.setVisible(true);
        summary.setText(p.fileName() + ": " + count(p.rowsInFile(), "row") + ", read as "
                + (p.charset().name().equals("windows-1252") ? "Windows-1252" : p.charset().displayName(Locale.ENGLISH))
                + ", values separated by " + p.delimiterName() + ". " + count(p.valid(), "lead") + " ready to import"
                + (p.problems().isEmpty() ? "." : ", " + count(p.problems().size(), "row") + " with problems (not "
                + "imported)."));
        if (mappingSelects.isEmpty()) {
            mapping.removeAll();
            for (int i = 0; i < p.headers().size(); i++) {
                Select<ImportField> select = new Select<>();
                select.setLabel(p.headers().get(i).isEmpty() ? "(column " + (i + 1) + ")" : p.headers().get(i));
                select.setItems(ImportField.values());
                select.setItemLabelGenerator(ImportField::label);
                select.setValue(p.mapping().get(i));
                String example = p.samples().get(i);
                select.setHelperText(example.isEmpty() ? "empty" : "e.g. " + (example.length() > 30
                        ? example.substring(0, 29) + "…" : example));
                select.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        refreshPreview();
                    }
                });
                mappingSelects.add(select);
                mapping.add(select);
            }
        }
        if (p.blocker() != null) {
            showFileError(p.blocker());
        }
        sample.setItems(p.rows().subList(0, Math.min(5, p.rows().size())));
        problems.setItems(p.problems());
        problemsSection.setVisible(!p.problems().isEmpty());
        importButton.setText(p.importable() ? "Import " + count(p.valid(), "lead") : "Nothing to import");
        importButton.setEnabled(p.importable());
        if (!p.importable() && p.blocker() == null) {
            showFileError("No row of this file can be imported: every row has a problem (see the list).");
        }
    }

    private void startImport() {
        ImportPreview p = preview;
        if (p == null || !p.importable() || importing) {
            return;
        }
        importing = true;
        stopRequested = false;
        upload.setVisible(false);
        options.setVisible(false);
        details.setVisible(false);
        importButton.setVisible(false);
        cancel.setVisible(false);
        stop.setVisible(true);
        stop.setEnabled(true);
        stop.setText("Stop");
        setCloseOnEsc(false);
        progress.setMax(p.valid());
        progress.setValue(0);
        progressText.setText("Importing " + count(p.valid(), "lead") + "…");
        progressArea.setVisible(true);
        UI ui = UI.getCurrent();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            ImportResult result = null;
            String failure = null;
            try {
                result = imports.importRows(p, (done, total) -> {
                    IfOpen.access(ui, () -> {
                        progress.setValue(done);
                        progressText.setText(String.format(Locale.ENGLISH, "%,d of %,d rows done", done, total));
                    });
                    return !stopRequested;
                });
            } catch (RuntimeException ex) {
                log.warn("Lead import failed", ex);
                failure = ex.getMessage();
            }
            ImportResult r = result;
            String f = failure;
            IfOpen.access(ui, () -> finished(r, f));
        }));
    }

    private void finished(ImportResult r, String failure) {
        importing = false;
        stop.setVisible(false);
        cancel.setVisible(true);
        cancel.setText("Close");
        setCloseOnEsc(true);
        progressArea.setVisible(false);
        resultArea.removeAll();
        resultArea.setVisible(true);
        if (r == null) {
            resultArea.add(new Paragraph("The import failed: " + failure + ". Nothing of it was imported."));
            resultArea.addClassName("failed");
            return;
        }
        String text = "Imported " + count(r.imported(), "lead") + " from " + preview.fileName() + " in "
                + String.format(Locale.ENGLISH, "%.1f s", r.took().toMillis() / 1000.0) + ".";
        if (r.skippedAsDuplicates() > 0) {
            text += " " + count(r.skippedAsDuplicates(), "row") + " skipped: a lead with the same email arrived "
                    + "meanwhile.";
        }
        if (r.stopped()) {
            text += " Stopped before the end: import the file again to add the rest (rows already imported are "
                    + "skipped).";
        }
        if (r.error() != null) {
            text += " " + r.error();
        }
        Paragraph outcome = new Paragraph(text);
        resultArea.add(outcome);
        importButton.setVisible(false);
        if (!preview.problems().isEmpty()) {
            resultArea.add(new Paragraph(count(preview.problems().size(), "row") + " of the file had problems and "
                    + "were not imported:"), problems, problemsCsv);
        }
        resultArea.setClassName("import-result " + (r.complete() ? "done" : "partial"));
        if (r.imported() > 0) {
            Button undo = new Button("Undo this import", VaadinIcon.ARROW_BACKWARD.create(), e -> confirmUndo(r));
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            resultArea.add(undo);
            Toast.success("Imported " + count(r.imported(), "lead"));
        }
        onImported.run();
    }

    private void confirmUndo(ImportResult r) {
        ConfirmDialog confirm = new ConfirmDialog("Undo this import?", "This removes the " + count(r.imported(),
                "lead") + " it added, except leads someone has already handed over or changed.", "Undo import",
                e -> {
                    try {
                        int removed = imports.undo(r.importId());
                        Toast.success("Removed " + count(removed, "imported lead"));
                        onImported.run();
                        close();
                    } catch (AccessDeniedException ex) {
                        Toast.error(ex.getMessage());
                    }
                }, "Keep them", e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
        reading.setVisible(false);
    }

    private void reset() {
        generation.incrementAndGet();
        deleteFile();
        preview = null;
        mappingSelects.clear();
        details.setVisible(false);
        fileError.setVisible(false);
        importButton.setText("Import");
        importButton.setEnabled(false);
    }

    private void deleteFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file.toPath());
            } catch (IOException ignored) {
                // a temp file; the JVM's temp directory is cleaned eventually
            }
            file = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        generation.incrementAndGet();
        stopRequested = true;
        deleteFile();
    }

    ImportPreview preview() {
        return preview;
    }

    static String count(int n, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** The problems of the current preview as CSV (line, problem), neutralised like every export. */
    void writeProblems(Writer out) throws IOException {
        out.write(LeadCsv.row(List.of("Line", "Problem")));
        ImportPreview p = preview;
        if (p != null) {
            for (ImportProblem problem : p.problems()) {
                out.write(LeadCsv.row(List.of(String.valueOf(problem.line()), problem.message())));
            }
        }
    }
}
