package org.mixroom.comparison;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A streaming platform's normalisation rule, as seeded by migration and kept in the database. */
@Entity
@Table(name = "streaming_preset")
class StreamingPreset {
    @Id
    private UUID id;
    private int position;
    private String platform;
    @Column(name = "reference_lufs")
    private double referenceLufs;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private NormalizationPreview.Direction direction;
    @Column(name = "ceiling_dbtp")
    private Double ceilingDbtp;
    private boolean limiter;
    private String source;
    @Column(name = "checked_on")
    private LocalDate checkedOn;
    private boolean recheck;
    @Column(name = "updated_by")
    private UUID updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StreamingPreset() {
    }

    /** Replaces the rule; a preset with a date checked no longer needs a recheck. */
    void change(StreamingPresetEdit edit, UUID actor, Instant now) {
        platform = edit.platform();
        referenceLufs = edit.referenceLufs();
        direction = edit.direction();
        ceilingDbtp = edit.ceilingDbtp();
        limiter = edit.limiter();
        source = edit.source();
        checkedOn = edit.checkedOn();
        recheck = checkedOn == null;
        updatedBy = actor;
        updatedAt = now;
    }

    StreamingPresetView toView() {
        return new StreamingPresetView(id, position, platform, referenceLufs, direction, ceilingDbtp, limiter, source,
                checkedOn);
    }

    UUID id() {
        return id;
    }

    String platform() {
        return platform;
    }

    String source() {
        return source;
    }

    LocalDate checkedOn() {
        return checkedOn;
    }

    NormalizationPreview.Rule rule() {
        return new NormalizationPreview.Rule(referenceLufs, direction, ceilingDbtp, limiter);
    }
}
