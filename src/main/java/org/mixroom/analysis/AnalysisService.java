package org.mixroom.analysis;

import java.util.Optional;
import java.util.UUID;
import org.mixroom.project.Capability;
import org.mixroom.revision.AnalysisReports;
import org.mixroom.revision.RevisionService;
import org.mixroom.shared.storage.BlobStore;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored results of analysing revisions, for those allowed to see them. */
@Service
public class AnalysisService implements AnalysisReports {

    private final AnalysisStore store;
    private final RevisionService revisions;
    private final BlobStore blobs;

    AnalysisService(AnalysisStore store, RevisionService revisions, BlobStore blobs) {
        this.store = store;
        this.revisions = revisions;
        this.blobs = blobs;
    }

    /** The report JSON (docs/analyze.md) of a revision, without an access check: callers have made one. */
    @Override
    @Transactional(readOnly = true)
    public Optional<String> reportJson(UUID revisionId) {
        return store.reportJson(revisionId);
    }

    /** The report JSON, if the revision has been analysed and {@code actor} may see it. */
    @Transactional(readOnly = true)
    public Optional<String> report(UUID actor, UUID revisionId) {
        revisions.require(actor, revisionId, Capability.VIEW);
        return store.reportJson(revisionId);
    }

    /** The waveform peaks (docs/formats/peaks.md), if the revision has been analysed and {@code actor} may see it. */
    @Transactional(readOnly = true)
    public Optional<Resource> peaks(UUID actor, UUID revisionId) {
        revisions.require(actor, revisionId, Capability.VIEW);
        return peaksWithoutCheck(revisionId);
    }

    /** The waveform peaks without any check: for a caller that has decided access its own way (a share link). */
    @Transactional(readOnly = true)
    public Optional<Resource> peaksWithoutCheck(UUID revisionId) {
        return store.artefacts(revisionId)
                .map(AnalysisStore.Artefacts::peaksSha256)
                .flatMap(sha -> sha == null ? Optional.empty() : blobs.find(sha));
    }

    /** The display spectrogram (docs/formats/spectrogram.md), likewise. */
    @Transactional(readOnly = true)
    public Optional<Resource> spectrogram(UUID actor, UUID revisionId) {
        revisions.require(actor, revisionId, Capability.VIEW);
        return store.artefacts(revisionId)
                .map(AnalysisStore.Artefacts::spectrogramSha256)
                .flatMap(sha -> sha == null ? Optional.empty() : blobs.find(sha));
    }
}
