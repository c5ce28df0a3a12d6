package io.tandem.collateral;

/** A stored file, read back for preview or download. */
public record FileContent(String fileName, String contentType, byte[] bytes) {
}
