package org.mixroom.comparison;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.mixroom.analysis.AnalysisService;
import org.mixroom.analysis.ReportMeasures;
import org.mixroom.project.ProjectService;
import org.mixroom.project.TrackStatus;
import org.mixroom.project.TrackStatuses;
import org.mixroom.project.TrackView;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionStatus;
import org.mixroom.revision.RevisionView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The album view's data: each track of a project, in album order, by the revision that stands for it. */
@Service
public class AlbumService {
    private final ProjectService projects;
    private final RevisionService revisions;
    private final AnalysisService analyses;
    private final TrackStatuses statuses;

    AlbumService(ProjectService projects, RevisionService revisions, AnalysisService analyses,
            TrackStatuses statuses) {
        this.projects = projects;
        this.revisions = revisions;
        this.analyses = analyses;
        this.statuses = statuses;
    }

    /** The tracks with their measures, flags and warnings; {@code actor} must be a member of the project. */
    @Transactional(readOnly = true)
    public List<AlbumTrack> album(UUID actor, UUID projectId) {
        List<TrackView> album = projects.tracks(actor, projectId);
        Map<UUID, TrackStatus> states = statuses.of(album.stream().map(TrackView::id).toList());
        List<AlbumTrack> tracks = album.stream()
                .map(track -> albumTrack(track, albumRevision(revisions.list(actor, track.id()),
                        states.getOrDefault(track.id(), TrackStatus.IN_PROGRESS).approvedRevisionId())))
                .toList();
        return AlbumConsistency.check(tracks);
    }

    private AlbumTrack albumTrack(TrackView track, Optional<RevisionView> revision) {
        ReportMeasures measures = revision.filter(r -> r.status() == RevisionStatus.READY)
                .flatMap(r -> analyses.reportJson(r.id()))
                .map(ReportMeasures::of)
                .orElse(null);
        return new AlbumTrack(track.id(), track.title(), track.position(),
                revision.map(RevisionView::id).orElse(null), revision.map(RevisionView::number).orElse(null),
                measures, List.of(), List.of());
    }

    /**
     * The one place that decides which revision represents a track on the album: the approved one while its
     * approval counts, else the latest.
     *
     * @param revisions the track's revisions, oldest first
     * @param approved  the approved revision's id, or null
     */
    static Optional<RevisionView> albumRevision(List<RevisionView> revisions, UUID approved) {
        return revisions.stream().filter(r -> r.id().equals(approved)).findFirst()
                .or(() -> revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.getLast()));
    }
}
