package io.tandem.collateral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A slice (at most 1 MB) of a stored file; see docs/decisions/0007-collateral-file-storage.md. */
@Entity
@Table(name = "collateral_file_chunk")
class FileChunk {

    static final int SIZE = 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private Long versionId;

    @Column(name = "seq", nullable = false)
    private int seq;

    @JdbcTypeCode(SqlTypes.LONGVARBINARY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    protected FileChunk() {
    }

    FileChunk(Long versionId, int seq, byte[] data) {
        this.versionId = versionId;
        this.seq = seq;
        this.data = data;
    }

    byte[] getData() {
        return data;
    }
}
