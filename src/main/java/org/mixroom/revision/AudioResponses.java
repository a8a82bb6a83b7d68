package org.mixroom.revision;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer that streams a revision's audio, for every endpoint that serves it (members' and guests').
 * Spring MVC answers a {@code Range} request for a {@link Resource} body with 206 and the part asked for.
 * The ETag is the file's SHA-256, which never changes for a revision.
 */
public final class AudioResponses {

    private AudioResponses() {
    }

    /** The audio to be played in the page. */
    public static ResponseEntity<Resource> inline(RevisionService.AudioFile audio) {
        return respond(audio, ContentDisposition.inline());
    }

    /** The audio to be saved as a file under the name it was uploaded with. */
    public static ResponseEntity<Resource> attachment(RevisionService.AudioFile audio) {
        return respond(audio, ContentDisposition.attachment());
    }

    private static ResponseEntity<Resource> respond(RevisionService.AudioFile audio,
            ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .contentType(mediaType(audio.container()))
                .eTag("\"" + audio.sha256() + "\"")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(audio.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(audio.resource());
    }

    static MediaType mediaType(String container) {
        return switch (container) {
            case "wav", "rf64", "bw64" -> MediaType.parseMediaType("audio/wav");
            case "aiff", "aifc" -> MediaType.parseMediaType("audio/aiff");
            case "flac" -> MediaType.parseMediaType("audio/flac");
            case "mp3" -> MediaType.parseMediaType("audio/mpeg");
            case "ogg" -> MediaType.parseMediaType("audio/ogg");
            default -> MediaType.APPLICATION_OCTET_STREAM;
        };
    }
}
