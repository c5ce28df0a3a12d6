package io.tandem.collateral;

import io.tandem.base.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an uploaded file before anything is stored: not empty, not too big, a type we accept judged by its
 * content (magic bytes and structure), the extension agreeing with that content, and not truncated or corrupt.
 * Every refusal is a {@link ValidationException} on the field {@code file} that says what to fix.
 */
public final class FileCheck {

    /** The file types collateral may be uploaded as. */
    public enum Kind {
        PDF("PDF document", "application/pdf", "pdf"),
        PNG("PNG image", "image/png", "png"),
        JPEG("JPEG image", "image/jpeg", "jpg", "jpeg"),
        PPTX("PowerPoint deck", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
        DOCX("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String label;
        private final String contentType;
        private final Set<String> extensions;

        Kind(String label, String contentType, String... extensions) {
            this.label = label;
            this.contentType = contentType;
            this.extensions = Set.of(extensions);
        }

        public String label() {
            return label;
        }

        public String contentType() {
            return contentType;
        }

        public boolean previewable() {
            return this == PDF || this == PNG || this == JPEG;
        }

        static Kind ofExtension(String ext) {
            for (Kind k : values()) {
                if (k.extensions.contains(ext)) {
                    return k;
                }
            }
            return null;
        }

        public static Kind ofContentType(String contentType) {
            for (Kind k : values()) {
                if (k.contentType.equals(contentType)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** A file that passed every check. */
    public record Checked(String fileName, Kind kind, byte[] bytes, String sha256) {
    }

    public static final String ACCEPTED = "PDF, PNG, JPEG, PPTX, DOCX or XLSX";

    private FileCheck() {
    }

    public static Checked check(String fileName, byte[] bytes, long maxBytes) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").trim();
        if (name.isEmpty()) {
            throw fail("The file has no name");
        }
        if (name.length() > 255) {
            throw fail("The file name is too long; keep it to 255 characters");
        }
        if (bytes == null || bytes.length == 0) {
            throw fail(name + " is empty; choose the file again");
        }
        if (bytes.length > maxBytes) {
            throw fail(name + " is " + megabytes(bytes.length) + "; the limit is " + megabytes(maxBytes));
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Kind claimed = Kind.ofExtension(ext);
        if (claimed == null) {
            throw fail(name + " is not a file type collateral can have; upload a " + ACCEPTED);
        }
        Kind actual = sniff(bytes);
        if (actual == null) {
            throw fail(name + " does not contain a " + claimed.label() + " (its content is not a " + ACCEPTED
                    + "); export it again");
        }
        if (actual != claimed) {
            throw fail(name + " is named ." + ext + " but contains a " + actual.label()
                    + "; rename it or upload the real " + claimed.label());
        }
        String corrupt = corruption(actual, bytes);
        if (corrupt != null) {
            throw fail(name + " is damaged: " + corrupt + "; export or download it again");
        }
        return new Checked(name, actual, bytes, sha256(bytes));
    }

    /** The type by content alone; for ZIP-based Office files by the parts inside. */
    static Kind sniff(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Kind.PDF;
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Kind.PNG;
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Kind.JPEG;
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            Set<String> entries = zipEntries(b);
            if (entries == null || !entries.contains("[Content_Types].xml")) {
                return null;
            }
            if (entries.contains("ppt/presentation.xml")) {
                return Kind.PPTX;
            }
            if (entries.contains("word/document.xml")) {
                return Kind.DOCX;
            }
            if (entries.contains("xl/workbook.xml")) {
                return Kind.XLSX;
            }
        }
        return null;
    }

    private static String corruption(Kind kind, byte[] b) {
        return switch (kind) {
            case PDF -> tail(b, 1024).contains("%%EOF") ? null : "the end of the PDF is missing";
            case PNG -> endsWith(b, new byte[] {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82})
                    ? null : "the end of the image is missing";
            case JPEG -> endsWithJpegEnd(b) ? null : "the end of the image is missing";
            case PPTX, DOCX, XLSX -> zipReadsCompletely(b) ? null : "its contents cannot be read";
        };
    }

    private static Set<String> zipEntries(byte[] b) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                names.add(e.getName());
            }
            return names;
        } catch (IOException | IllegalArgumentException ex) {
            return names.isEmpty() ? null : names;
        }
    }

    private static boolean zipReadsCompletely(byte[] b) {
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            int entries = 0;
            while (zip.getNextEntry() != null) {
                while (zip.read(buffer) >= 0) {
                    // read every entry through, so a truncated or garbled one fails its CRC check
                }
                entries++;
            }
            return entries > 0;
        } catch (IOException | IllegalArgumentException ex) {
            return false;
        }
    }

    private static boolean endsWithJpegEnd(byte[] b) {
        // trailing padding after the End Of Image marker is common; allow a little
        for (int i = b.length - 2; i >= Math.max(2, b.length - 64); i--) {
            if (b[i] == (byte) 0xFF && b[i + 1] == (byte) 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(byte[] b, byte[] suffix) {
        if (b.length < suffix.length) {
            return false;
        }
        int off = b.length - suffix.length;
        for (int i = 0; i < suffix.length; i++) {
            if (b[off + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String tail(byte[] b, int n) {
        int from = Math.max(0, b.length - n);
        return new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static ValidationException fail(String message) {
        return ValidationException.of("file", message);
    }
}
