package io.tandem.collateral.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import io.tandem.base.StaleEditException;
import io.tandem.base.ValidationException;
import io.tandem.collateral.CollateralService;
import io.tandem.collateral.FileCheck;
import io.tandem.collateral.VersionInfo;

/**
 * Adds a version: upload a file or give a link. The file is held in memory until "Add version"; the service
 * checks it completely (type by content, size, damage) and a refused file is never stored.
 */
class VersionDialog extends Dialog {

    private final CollateralService collateral;
    private final Long assetId;
    private final Runnable onAdded;

    final Upload upload;
    final Span uploadError = new Span();
    final TextField link = new TextField("…or a link (video, web page)");
    final TextField note = new TextField("What changed (optional)");
    final Button add = new Button("Add version");
    final TabSheet kind = new TabSheet();
    private final ProgressBar busy = new ProgressBar();
    private String pendingName;
    private byte[] pendingBytes;

    VersionDialog(CollateralService collateral, Long assetId, Runnable onAdded) {
        this.collateral = collateral;
        this.assetId = assetId;
        this.onAdded = onAdded;
        setHeaderTitle("Add a version");
        setWidth("34rem");
        addClassName("version-dialog");

        UI ui = UI.getCurrent();
        long max = collateral.maxUploadBytes();
        // the server refuses bodies over the limit too (the browser's check can be bypassed)
        upload = new Upload(new InMemoryUploadHandler((meta, bytes) -> ui.access(() -> {
            pendingName = meta.fileName();
            pendingBytes = bytes;
            uploadError.setText("");
        })) {
            @Override
            public long getFileSizeMax() {
                return max;
            }

            @Override
            public long getRequestSizeMax() {
                return max + 64 * 1024;
            }
        });
        upload.addFailedListener(e -> uploadError.setText(e.getFileName() + " could not be uploaded; upload a "
                + FileCheck.ACCEPTED + " up to " + FileCheck.megabytes(max)));
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, collateral.maxUploadBytes()));
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".pptx", ".docx", ".xlsx");
        upload.addFileRejectedListener(e -> uploadError.setText(e.getErrorMessage() + ": upload a "
                + FileCheck.ACCEPTED + " up to " + FileCheck.megabytes(collateral.maxUploadBytes())));
        upload.addStartedListener(e -> busy.setVisible(true));
        upload.addAllFinishedListener(e -> busy.setVisible(false));
        upload.addFileRemovedListener(e -> {
            pendingName = null;
            pendingBytes = null;
        });
        uploadError.addClassName("field-error");
        busy.setIndeterminate(true);
        busy.setVisible(false);
        Paragraph hint = new Paragraph(FileCheck.ACCEPTED + ", up to " + FileCheck.megabytes(collateral.maxUploadBytes())
                + ". PDFs and images are previewed in the browser.");
        hint.addClassName("hint");
        kind.add("File", new com.vaadin.flow.component.html.Div(upload, busy, uploadError, hint));
        link.setPlaceholder("https://");
        link.setWidthFull();
        kind.add("Link", link);
        note.setWidthFull();
        note.setMaxLength(500);
        add(kind, note);

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), add);
    }

    /** For tests and for the upload callback: the file waiting to be added. */
    void setPendingFile(String name, byte[] bytes) {
        pendingName = name;
        pendingBytes = bytes;
    }

    void save() {
        boolean fileTab = kind.getSelectedIndex() == 0;
        try {
            VersionInfo v;
            if (fileTab) {
                if (pendingBytes == null) {
                    uploadError.setText("Choose a file first, or switch to Link");
                    return;
                }
                v = collateral.addFileVersion(assetId, pendingName, pendingBytes, note.getValue());
            } else {
                v = collateral.addLinkVersion(assetId, link.getValue(), note.getValue());
            }
            AssetView.done("Added version " + v.number());
            close();
            onAdded.run();
        } catch (ValidationException ex) {
            ex.fieldErrors().forEach((field, message) -> {
                switch (field) {
                    case "file" -> {
                        uploadError.setText(message);
                        upload.clearFileList();
                        pendingBytes = null;
                    }
                    case "link" -> {
                        link.setErrorMessage(message);
                        link.setInvalid(true);
                    }
                    case "note" -> {
                        note.setErrorMessage(message);
                        note.setInvalid(true);
                    }
                    default -> AssetView.error(message);
                }
            });
        } catch (StaleEditException ex) {
            AssetView.error(ex.getMessage());
        }
    }
}
