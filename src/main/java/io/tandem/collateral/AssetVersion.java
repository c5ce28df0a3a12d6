package io.tandem.collateral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of an asset: a stored file (its bytes live in {@code collateral_file_chunk}) or an external link. */
@Entity
@Table(name = "collateral_version")
class AssetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asset_id", nullable = false)
    private Long assetId;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    @Column(name = "link_url", length = 1000)
    private String linkUrl;

    @Column(length = 500)
    private String note;

    @Column(name = "uploaded_by", nullable = false)
    private Long uploadedBy;

    @Column(name = "uploaded_by_name", nullable = false, length = 120)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected AssetVersion() {
    }

    static AssetVersion file(Long assetId, int number, FileCheck.Checked file, String note, Long by, String byName,
            Instant now) {
        AssetVersion v = new AssetVersion(assetId, number, note, by, byName, now);
        v.fileName = file.fileName();
        v.contentType = file.kind().contentType();
        v.sizeBytes = (long) file.bytes().length;
        v.sha256 = file.sha256();
        return v;
    }

    static AssetVersion link(Long assetId, int number, String url, String note, Long by, String byName, Instant now) {
        AssetVersion v = new AssetVersion(assetId, number, note, by, byName, now);
        v.linkUrl = url;
        return v;
    }

    private AssetVersion(Long assetId, int number, String note, Long by, String byName, Instant now) {
        this.assetId = assetId;
        this.number = number;
        this.note = note;
        this.uploadedBy = by;
        this.uploadedByName = byName;
        this.uploadedAt = now;
    }

    VersionInfo info() {
        return new VersionInfo(id, number, fileName, contentType, sizeBytes, sha256, linkUrl, note, uploadedByName,
                uploadedAt);
    }

    Long getId() {
        return id;
    }

    Long getAssetId() {
        return assetId;
    }

    int getNumber() {
        return number;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    Long getSizeBytes() {
        return sizeBytes;
    }
}
