package io.tandem.collateral;

import java.time.Instant;

/** A version as views see it: a file (name, type, size, checksum) or an external link. */
public record VersionInfo(Long id, int number, String fileName, String contentType, Long sizeBytes, String sha256,
        String linkUrl, String note, String uploadedBy, Instant uploadedAt) {

    public boolean isLink() {
        return linkUrl != null;
    }

    /** PDFs and images are shown in the browser; everything else is downloaded. */
    public boolean previewable() {
        FileCheck.Kind kind = contentType == null ? null : FileCheck.Kind.ofContentType(contentType);
        return kind != null && kind.previewable();
    }

    public boolean isImage() {
        return contentType != null && contentType.startsWith("image/");
    }
}
