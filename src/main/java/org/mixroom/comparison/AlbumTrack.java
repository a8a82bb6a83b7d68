package org.mixroom.comparison;

import java.util.List;
import java.util.UUID;

import org.mixroom.analysis.ReportMeasures;

/**
 * A track of the album view: the revision that stands for it and that revision's measures.
 *
 * @param revisionId null while the track has no revision
 * @param measures   null until that revision has been analysed
 * @param flags      album outliers, each explained in words
 * @param warnings   delivery warnings of the revision itself
 */
public record AlbumTrack(UUID trackId, String title, int position, UUID revisionId, Integer revisionNumber,
                         ReportMeasures measures, List<String> flags, List<String> warnings) {

    AlbumTrack withFindings(List<String> flags, List<String> warnings) {
        return new AlbumTrack(trackId, title, position, revisionId, revisionNumber, measures, List.copyOf(flags),
                List.copyOf(warnings));
    }
}
