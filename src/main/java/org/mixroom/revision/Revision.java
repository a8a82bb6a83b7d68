package org.mixroom.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One uploaded file of a track, never changed after upload except for its analysis status. */
@Entity
@Table(name = "revision")
class Revision {

    static final int MAX_NOTE_LENGTH = 5000;
    static final int MAX_FAILURE_LENGTH = 2000;
    static final int MAX_FILE_NAME_LENGTH = 255;

    @Id
    private UUID id;

    @Column(name = "track_id", nullable = false)
    private UUID trackId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "uploaded_by", nullable = false)
    private UUID uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME_LENGTH)
    private String fileName;

    @Column(nullable = false, length = 32)
    private String container;

    @Column(name = "sample_format", nullable = false, length = 16)
    private String sampleFormat;

    @Column(name = "sample_rate", nullable = false)
    private int sampleRate;

    @Column(nullable = false)
    private int channels;

    @Column(name = "bit_depth")
    private Integer bitDepth;

    @Column(name = "duration_seconds")
    private Double durationSeconds;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionStatus status;

    @Column(length = MAX_FAILURE_LENGTH)
    private String failure;

    protected Revision() {
    }

    Revision(UUID trackId, int number, String note, UUID uploadedBy, Instant uploadedAt, String sha256,
            long sizeBytes, String fileName, FormatFacts format) {
        this.id = UUID.randomUUID();
        this.trackId = trackId;
        this.number = number;
        this.note = note;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.fileName = fileName;
        this.container = format.container();
        this.sampleFormat = format.sampleFormat();
        this.sampleRate = format.sampleRate();
        this.channels = format.channels();
        this.bitDepth = format.bitDepth();
        this.durationSeconds = format.durationSeconds();
        this.status = RevisionStatus.QUEUED;
    }

    UUID id() {
        return id;
    }

    UUID trackId() {
        return trackId;
    }

    int number() {
        return number;
    }

    String note() {
        return note;
    }

    UUID uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    String sha256() {
        return sha256;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String fileName() {
        return fileName;
    }

    String container() {
        return container;
    }

    Double durationSeconds() {
        return durationSeconds;
    }

    RevisionStatus status() {
        return status;
    }

    String failure() {
        return failure;
    }

    FormatFacts format() {
        return new FormatFacts(container, sampleFormat, sampleRate, channels, bitDepth, durationSeconds);
    }

    /** QUEUED (or ANALYSING again, after a restart) → ANALYSING. */
    void startAnalysis() {
        if (status != RevisionStatus.QUEUED && status != RevisionStatus.ANALYSING) {
            throw new IllegalStateException("revision " + id + " is " + status + ", not QUEUED");
        }
        status = RevisionStatus.ANALYSING;
        failure = null;
    }

    /** ANALYSING → QUEUED: the attempt stopped on a passing error and another one is scheduled. */
    void requeue() {
        requireAnalysing();
        status = RevisionStatus.QUEUED;
    }

    void analysed(double durationSeconds) {
        requireAnalysing();
        this.durationSeconds = durationSeconds;
        status = RevisionStatus.READY;
    }

    void failed(String reason) {
        requireAnalysing();
        status = RevisionStatus.FAILED;
        failure = reason.length() > MAX_FAILURE_LENGTH ? reason.substring(0, MAX_FAILURE_LENGTH - 1) + "…" : reason;
    }

    private void requireAnalysing() {
        if (status != RevisionStatus.ANALYSING) {
            throw new IllegalStateException("revision " + id + " is " + status + ", not ANALYSING");
        }
    }
}
