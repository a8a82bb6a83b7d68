package org.mixroom.comparison;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    protected StreamingPreset() {
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
