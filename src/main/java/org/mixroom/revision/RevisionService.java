package org.mixroom.revision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mixroom.engine.AudioFormat;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.decode.AudioDecoder;
import org.mixroom.engine.decode.AudioDecoders;
import org.mixroom.project.Capability;
import org.mixroom.project.ProjectAccess;
import org.mixroom.project.ProjectRole;
import org.mixroom.project.ProjectService;
import org.mixroom.project.TrackAccess;
import org.mixroom.project.TrackView;
import org.mixroom.shared.AfterCommitEvents;
import org.mixroom.shared.DataSizes;
import org.mixroom.shared.security.Account;
import org.mixroom.shared.security.Accounts;
import org.mixroom.shared.storage.BlobStore;
import org.mixroom.shared.storage.BlobTooLargeException;
import org.mixroom.shared.web.MixroomException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Revisions of a track: the upload pipeline, the numbered history, the audio, and the analysis status.
 *
 * <p>An upload loses nothing and leaves nothing half-stored: the bytes stream to a temporary file while
 * being hashed (never held in memory), the engine probes the header, the file moves atomically into the
 * blob store, and only then is the revision committed as QUEUED. Any refusal on the way deletes what was
 * written. {@link RevisionUploaded} goes out after the commit; {@link RevisionSuperseded} inside the
 * transaction, so that what follows from a new revision is stored with it or not at all.
 */
@Service
public class RevisionService {

    private static final Logger log = LoggerFactory.getLogger(RevisionService.class);
    private static final int NUMBERING_ATTEMPTS = 5;

    private final RevisionRepository revisions;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final Accounts accounts;
    private final BlobStore blobs;
    private final AfterCommitEvents events;
    private final ApplicationEventPublisher inTransaction;
    private final UploadProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RevisionService(RevisionRepository revisions, ProjectAccess access, ProjectService projects, Accounts accounts,
            BlobStore blobs, AfterCommitEvents events, ApplicationEventPublisher inTransaction,
            UploadProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
        this.revisions = revisions;
        this.access = access;
        this.projects = projects;
        this.accounts = accounts;
        this.blobs = blobs;
        this.events = events;
        this.inTransaction = inTransaction;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The largest file {@link #upload} accepts, in bytes. */
    public long maxUploadBytes() {
        return properties.maxSize().toBytes();
    }

    /**
     * Stores a new revision of the track from {@code content}, which is read to its end (and not closed).
     *
     * @param note     the uploader's change note, up to 5000 characters; may be null
     * @param fileName the file's name on the uploader's computer, for display only; may be null
     */
    public RevisionView upload(UUID actor, UUID trackId, String note, String fileName, InputStream content)
            throws IOException {
        TrackAccess track = access.requireTrack(actor, trackId, Capability.UPLOAD);
        return store(actor, note, fileName, content, name -> track);
    }

    /**
     * Stores a reference track (a commercial master to compare against) in the project from {@code content}: a
     * new track outside the album order, named after the file, whose revision 1 this is. The track is created
     * in the revision's transaction, so a refused file leaves no empty reference behind.
     */
    public RevisionView uploadReference(UUID actor, UUID projectId, String fileName, InputStream content)
            throws IOException {
        ProjectRole role = access.require(actor, projectId, Capability.UPLOAD);
        return store(actor, "", fileName, content, name -> {
            TrackView reference = projects.addReference(actor, projectId, name);
            return new TrackAccess(reference.id(), projectId, role);
        });
    }

    /** @param trackFor the track to store into, given the cleaned file name; called in the insert's transaction */
    private RevisionView store(UUID actor, String note, String fileName, InputStream content,
            Function<String, TrackAccess> trackFor) throws IOException {
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > Revision.MAX_NOTE_LENGTH) {
            throw MixroomException.invalid("The change note has at most " + Revision.MAX_NOTE_LENGTH + " characters.");
        }
        String cleanName = cleanFileName(fileName);
        long max = maxUploadBytes();
        try (BlobStore.StagedBlob staged = blobs.stage(content, max)) {
            if (staged.size() == 0) {
                throw MixroomException.invalid("The file is empty (0 bytes).");
            }
            FormatFacts format = probe(staged.file());
            boolean fresh = staged.commit();
            try {
                Stored saved = insert(() -> trackFor.apply(cleanName), cleanNote, actor, staged.sha256(),
                        staged.size(), cleanName, format);
                log.info("Revision {} of track {} stored: {} bytes, sha256 {}", saved.revision().number(),
                        saved.track().trackId(), saved.revision().sizeBytes(), saved.revision().sha256());
                return view(saved.revision(), saved.track().projectId(),
                        accounts.findById(actor).map(Account::username).orElse(""));
            } catch (RuntimeException e) {
                if (fresh && !revisions.existsBySha256(staged.sha256())) {
                    blobs.delete(staged.sha256());
                }
                throw e;
            }
        } catch (BlobTooLargeException e) {
            throw new MixroomException(MixroomException.Kind.TOO_LARGE,
                    "The file is larger than the upload limit of " + DataSizes.human(max) + ".");
        }
    }

    private record Stored(TrackAccess track, Revision revision) {
    }

    private Stored insert(Supplier<TrackAccess> trackFor, String note, UUID actor, String sha256, long size,
            String fileName, FormatFacts format) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    TrackAccess track = trackFor.get();
                    int number = revisions.maxNumber(track.trackId()) + 1;
                    Revision revision = revisions.saveAndFlush(new Revision(track.trackId(), number, note, actor,
                            clock.instant(), sha256, size, fileName, format));
                    revisions.findByTrackIdAndNumber(track.trackId(), number - 1).ifPresent(previous ->
                            inTransaction.publishEvent(new RevisionSuperseded(previous.id(), previous.number(),
                                    revision.id(), number, track.trackId(), track.projectId())));
                    events.publish(new RevisionUploaded(revision.id(), track.trackId(), track.projectId(), sha256));
                    return new Stored(track, revision);
                });
            } catch (DataIntegrityViolationException e) {
                // Another upload to the same track took this number first; take the next.
                if (attempt == NUMBERING_ATTEMPTS) {
                    throw MixroomException.conflict("Too many uploads to this track at once; please try again.");
                }
            }
        }
    }

    /** The format facts from the file's header; a file the engine refuses is refused here, with its reason. */
    private static FormatFacts probe(Path file) throws IOException {
        try (AudioDecoder decoder = AudioDecoders.open(file)) {
            AudioFormat format = decoder.format();
            Double duration = decoder.declaredFrames().isPresent()
                    ? (double) decoder.declaredFrames().getAsLong() / format.sampleRate()
                    : null;
            return new FormatFacts(format.container(), format.sampleFormat().jsonName(), format.sampleRate(),
                    format.channels(), format.bitDepth(), duration);
        } catch (InvalidAudioException e) {
            throw MixroomException.invalid("This file cannot be used as a revision: " + e.getMessage() + ".");
        }
    }

    /** The track's revisions, oldest first. */
    @Transactional(readOnly = true)
    public List<RevisionView> list(UUID actor, UUID trackId) {
        TrackAccess track = access.requireTrack(actor, trackId, Capability.VIEW);
        List<Revision> found = revisions.findByTrackIdOrderByNumber(trackId);
        Map<UUID, Account> people = accounts.byIds(found.stream().map(Revision::uploadedBy).distinct().toList());
        return found.stream().map(r -> view(r, track.projectId(), username(people.get(r.uploadedBy())))).toList();
    }

    /** The project's references, each as its latest revision, oldest reference first. */
    @Transactional(readOnly = true)
    public List<RevisionView> references(UUID actor, UUID projectId) {
        List<Revision> found = projects.references(actor, projectId).stream()
                .flatMap(reference -> revisions.findByTrackIdOrderByNumber(reference.id()).reversed().stream().limit(1))
                .toList();
        Map<UUID, Account> people = accounts.byIds(found.stream().map(Revision::uploadedBy).distinct().toList());
        return found.stream().map(r -> view(r, projectId, username(people.get(r.uploadedBy())))).toList();
    }

    @Transactional(readOnly = true)
    public RevisionView get(UUID actor, UUID revisionId) {
        Revision revision = find(revisionId);
        TrackAccess track = requireTrack(actor, revision, Capability.VIEW);
        return view(revision, track.projectId(),
                accounts.findById(revision.uploadedBy()).map(Account::username).orElse(""));
    }

    /** A revision without any check: for a caller that has decided access its own way (a share link). */
    @Transactional(readOnly = true)
    public RevisionView viewWithoutCheck(UUID revisionId) {
        Revision revision = find(revisionId);
        return view(revision, access.projectOfTrack(revision.trackId()),
                accounts.findById(revision.uploadedBy()).map(Account::username).orElse(""));
    }

    /**
     * Checks that {@code actor} may do {@code capability} on the revision's project, and returns where the
     * revision sits. Other modules (comments, analysis views) call this before touching a revision's data.
     */
    @Transactional(readOnly = true)
    public RevisionRef require(UUID actor, UUID revisionId, Capability capability) {
        Revision revision = find(revisionId);
        return ref(revision, requireTrack(actor, revision, capability).projectId());
    }

    /** Where a revision sits, without any check: for a caller that has decided access its own way (a share link). */
    @Transactional(readOnly = true)
    public RevisionRef refWithoutCheck(UUID revisionId) {
        Revision revision = find(revisionId);
        return ref(revision, access.projectOfTrack(revision.trackId()));
    }

    private static RevisionRef ref(Revision revision, UUID projectId) {
        return new RevisionRef(revision.id(), revision.trackId(), projectId, revision.status(),
                revision.durationSeconds());
    }

    /**
     * When each of the tracks last got a revision; tracks without one are left out. No access check: for
     * callers that have checked the project already.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Instant> latestUploads(Collection<UUID> trackIds) {
        Map<UUID, Instant> latest = new HashMap<>();
        if (!trackIds.isEmpty()) {
            for (Object[] row : revisions.latestUploads(trackIds)) {
                latest.put((UUID) row[0], (Instant) row[1]);
            }
        }
        return latest;
    }

    /** The exact uploaded bytes, for someone allowed to listen. */
    @Transactional(readOnly = true)
    public AudioFile audio(UUID actor, UUID revisionId) {
        requireTrack(actor, find(revisionId), Capability.VIEW);
        return audioWithoutCheck(revisionId);
    }

    /** The exact uploaded bytes without any check: for a caller that has decided access its own way (a share link). */
    @Transactional(readOnly = true)
    public AudioFile audioWithoutCheck(UUID revisionId) {
        Revision revision = find(revisionId);
        Resource resource = blobs.find(revision.sha256()).orElseThrow(() -> new IllegalStateException(
                "the audio of revision " + revisionId + " (sha256 " + revision.sha256() + ") is missing"));
        return new AudioFile(resource, revision.sha256(), revision.sizeBytes(), revision.container(),
                revision.fileName());
    }

    /** Who uploaded the revision: for news about it (notifications), not for access, so there is no check. */
    @Transactional(readOnly = true)
    public Optional<UUID> uploaderOf(UUID revisionId) {
        return revisions.findById(revisionId).map(Revision::uploadedBy);
    }

    /**
     * {@code durationSeconds} of the revision's audio from {@code startSeconds}, decoded to PCM, for someone
     * allowed to listen; cut short at the end of the file.
     */
    @Transactional(readOnly = true)
    public PcmExcerpt excerpt(UUID actor, UUID revisionId, double startSeconds, double durationSeconds)
            throws IOException {
        if (!(startSeconds >= 0) || !(durationSeconds > 0) || durationSeconds > PcmExcerpt.MAX_SECONDS) {
            throw MixroomException.invalid("The start must be 0 s or later and the duration more than 0 s and at "
                    + "most " + (int) PcmExcerpt.MAX_SECONDS + " s.");
        }
        Path file = blobs.localFile(audio(actor, revisionId).sha256()); // a local copy also when stored on S3
        Revision revision = find(revisionId);
        try (AudioDecoder decoder = AudioDecoders.open(file)) {
            AudioFormat format = decoder.format();
            long total = decoder.declaredFrames().orElseGet(() -> revision.durationSeconds() == null ? -1
                    : Math.round(revision.durationSeconds() * format.sampleRate()));
            if (total < 0) {
                throw MixroomException.conflict("The length of revision " + revisionId + " is known once it has "
                        + "been analysed.");
            }
            long first = Math.round(startSeconds * format.sampleRate());
            if (first >= total) {
                throw MixroomException.invalid(String.format(java.util.Locale.ROOT,
                        "The start lies after the end of the audio (%.3f s).", (double) total / format.sampleRate()));
            }
            long frames = Math.min(Math.round(durationSeconds * format.sampleRate()), total - first);
            return new PcmExcerpt(file, format.sampleRate(), format.channels(), first, frames);
        } catch (InvalidAudioException e) {
            throw MixroomException.conflict("The audio of revision " + revisionId + " cannot be decoded: "
                    + e.getMessage() + ".");
        }
    }

    /** The exact bytes of a revision, as a stream for {@link #audio}. */
    public record AudioFile(Resource resource, String sha256, long sizeBytes, String container, String fileName) {
    }

    // --- Analysis life cycle: called by the analysis module, no user involved ----------------------------

    /**
     * Revisions whose analysis has not finished (QUEUED, or ANALYSING on a node that stopped), oldest first, for
     * the analysis module's reconciler.
     */
    @Transactional(readOnly = true)
    public List<UUID> unfinished() {
        return revisions.findByStatusInOrderByUploadedAt(List.of(RevisionStatus.QUEUED, RevisionStatus.ANALYSING))
                .stream().map(Revision::id).toList();
    }

    /**
     * Moves the revision to ANALYSING and says what to analyse; empty if it needs no analysis (it is READY or
     * FAILED already, or gone).
     */
    @Transactional
    public Optional<AnalysisTarget> startAnalysis(UUID revisionId) {
        Optional<Revision> found = revisions.findById(revisionId).filter(r -> r.status().pending());
        return found.map(revision -> {
            revision.startAnalysis();
            UUID projectId = publishStatus(revision);
            return new AnalysisTarget(revision.id(), revision.trackId(), projectId, revision.sha256(),
                    revision.fileName());
        });
    }

    /**
     * A revision whose analysis has started: what to read (the blob {@code sha256}), the name it was uploaded
     * as (the report's {@code file.name}), and whom to tell.
     */
    public record AnalysisTarget(UUID revisionId, UUID trackId, UUID projectId, String sha256, String fileName) {
    }

    /** ANALYSING → READY, with the duration the analysis counted. Joins the caller's transaction. */
    @Transactional
    public void analysisSucceeded(UUID revisionId, double durationSeconds) {
        Revision revision = find(revisionId);
        revision.analysed(durationSeconds);
        publishStatus(revision);
    }

    /** ANALYSING → QUEUED: this attempt stopped on an error that may pass, and the analysis will be retried. */
    @Transactional
    public void analysisRetrying(UUID revisionId) {
        Revision revision = find(revisionId);
        revision.requeue();
        publishStatus(revision);
    }

    /** ANALYSING → FAILED with the reason in plain words. The audio stays stored. */
    @Transactional
    public void analysisFailed(UUID revisionId, String reason) {
        Revision revision = find(revisionId);
        revision.failed(reason);
        publishStatus(revision);
    }

    private UUID publishStatus(Revision revision) {
        UUID projectId = access.projectOfTrack(revision.trackId());
        events.publish(new RevisionStatusChanged(revision.id(), revision.trackId(), projectId, revision.status()));
        return projectId;
    }

    private Revision find(UUID revisionId) {
        return revisions.findById(revisionId).orElseThrow(() -> noRevision(revisionId));
    }

    private TrackAccess requireTrack(UUID actor, Revision revision, Capability capability) {
        try {
            return access.requireTrack(actor, revision.trackId(), capability);
        } catch (MixroomException e) {
            if (e.kind() == MixroomException.Kind.NOT_FOUND) {
                throw noRevision(revision.id());
            }
            throw e;
        }
    }

    private static MixroomException noRevision(UUID revisionId) {
        return MixroomException.notFound(
                "There is no revision " + revisionId + ", or you are not a member of its project.");
    }

    private static RevisionView view(Revision r, UUID projectId, String uploader) {
        return new RevisionView(r.id(), r.trackId(), projectId, r.number(), r.note(), uploader, r.uploadedAt(),
                r.sha256(), r.sizeBytes(), r.fileName(), r.format(), r.status(), r.failure());
    }

    private static String username(Account account) {
        return account == null ? "" : account.username();
    }

    /** The last path segment, without control characters, at most 255 characters; "audio" if nothing is left. */
    static String cleanFileName(String fileName) {
        if (fileName == null) {
            return "audio";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "audio";
        }
        return name.length() > Revision.MAX_FILE_NAME_LENGTH ? name.substring(0, Revision.MAX_FILE_NAME_LENGTH) : name;
    }
}
