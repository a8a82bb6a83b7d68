package org.mixroom.revision.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mixroom.revision.AnalysisReports;
import org.mixroom.revision.AudioResponses;
import org.mixroom.revision.FormatFacts;
import org.mixroom.revision.PcmExcerpt;
import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionStatus;
import org.mixroom.revision.RevisionView;
import org.mixroom.shared.DataSizes;
import org.mixroom.shared.security.MixroomUser;
import org.mixroom.shared.web.MixroomException;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Upload, list and fetch revisions, and stream their audio. */
@RestController
@RequestMapping("/api")
class RevisionController {

    /** A revision with its analysis: the stored report JSON as an object, or null until READY. */
    record RevisionDetails(UUID id, UUID trackId, UUID projectId, int number, String note, String uploader,
                           Instant uploadedAt, String sha256, long sizeBytes, String fileName, FormatFacts format,
                           RevisionStatus status, String failure, @JsonRawValue String analysis) {
    }

    private final RevisionService revisions;
    private final AnalysisReports reports;

    RevisionController(RevisionService revisions, AnalysisReports reports) {
        this.revisions = revisions;
        this.reports = reports;
    }

    /** Uploads a file ({@code file}, multipart) as the track's next revision, with an optional {@code note}. */
    @PostMapping(path = "/tracks/{id}/revisions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RevisionView> upload(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestParam("file") MultipartFile file, @RequestParam(name = "note", required = false) String note)
            throws IOException {
        return created(file, content -> revisions.upload(user.id(), id, note, file.getOriginalFilename(), content));
    }

    /**
     * Uploads a reference track ({@code file}, multipart): a commercial master to compare against, stored as
     * revision 1 of a new track outside the album order and analysed like any revision.
     */
    @PostMapping(path = "/projects/{id}/references", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RevisionView> uploadReference(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestParam("file") MultipartFile file) throws IOException {
        return created(file, content -> revisions.uploadReference(user.id(), id, file.getOriginalFilename(), content));
    }

    /** The project's references, each as its revision. */
    @GetMapping("/projects/{id}/references")
    List<RevisionView> references(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return revisions.references(user.id(), id);
    }

    private interface Store {
        RevisionView from(InputStream content) throws IOException;
    }

    private ResponseEntity<RevisionView> created(MultipartFile file, Store store) throws IOException {
        if (file.getSize() > revisions.maxUploadBytes()) {
            throw new MixroomException(MixroomException.Kind.TOO_LARGE, "The file is larger than the upload limit of "
                    + DataSizes.human(revisions.maxUploadBytes()) + ".");
        }
        RevisionView created;
        try (InputStream content = file.getInputStream()) {
            created = store.from(content);
        }
        return ResponseEntity.created(URI.create("/api/revisions/" + created.id())).body(created);
    }

    @GetMapping("/tracks/{id}/revisions")
    List<RevisionView> list(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return revisions.list(user.id(), id);
    }

    @GetMapping("/revisions/{id}")
    RevisionDetails get(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        RevisionView r = revisions.get(user.id(), id);
        String analysis = r.status() == RevisionStatus.READY ? reports.reportJson(id).orElse(null) : null;
        return new RevisionDetails(r.id(), r.trackId(), r.projectId(), r.number(), r.note(), r.uploader(),
                r.uploadedAt(), r.sha256(), r.sizeBytes(), r.fileName(), r.format(), r.status(), r.failure(),
                analysis);
    }

    /** The exact uploaded bytes; a {@code Range} request gets 206 and the part asked for. */
    @GetMapping("/revisions/{id}/audio")
    ResponseEntity<Resource> audio(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return AudioResponses.inline(revisions.audio(user.id(), id));
    }

    /**
     * {@code duration} seconds (at most 30) of the audio from {@code start}, decoded and sent as a 32-bit float
     * WAV file: what a browser player fetches for compressed formats it cannot decode in pieces.
     */
    @GetMapping("/revisions/{id}/pcm")
    ResponseEntity<StreamingResponseBody> pcm(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestParam double start, @RequestParam double duration) throws IOException {
        PcmExcerpt excerpt = revisions.excerpt(user.id(), id, start, duration);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("audio/wav"))
                .contentLength(excerpt.contentLength())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(excerpt::writeTo);
    }
}
