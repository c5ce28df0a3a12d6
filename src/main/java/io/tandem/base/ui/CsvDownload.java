package io.tandem.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A link that downloads a CSV file written when it is clicked: UTF-8 with a byte-order mark, so spreadsheets read it. */
public final class CsvDownload {

    /** Writes the CSV's rows. */
    @FunctionalInterface
    public interface Rows extends Serializable {
        void write(Writer out) throws IOException;
    }

    private CsvDownload() {
    }

    public static Anchor link(String text, SerializableSupplier<String> fileName, Rows rows) {
        return new Anchor(event -> {
            event.setFileName(fileName.get());
            event.setContentType("text/csv; charset=utf-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                rows.write(out);
            }
        }, text);
    }
}
