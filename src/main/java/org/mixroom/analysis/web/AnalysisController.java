package org.mixroom.analysis.web;

import java.util.UUID;
import org.mixroom.analysis.AnalysisService;
import org.mixroom.shared.security.MixroomUser;
import org.mixroom.shared.web.MixroomException;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The display artefacts of an analysed revision, in the binary formats of docs/formats/. */
@RestController
@RequestMapping("/api/revisions/{id}")
class AnalysisController {

    private final AnalysisService analyses;

    AnalysisController(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @GetMapping("/peaks")
    ResponseEntity<Resource> peaks(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return binary(analyses.peaks(user.id(), id).orElseThrow(() -> notYet(id)));
    }

    @GetMapping("/spectrogram")
    ResponseEntity<Resource> spectrogram(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return binary(analyses.spectrogram(user.id(), id).orElseThrow(() -> notYet(id)));
    }

    private static ResponseEntity<Resource> binary(Resource resource) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(resource);
    }

    private static MixroomException notYet(UUID id) {
        return MixroomException.notFound("Revision " + id + " has not been analysed (yet).");
    }
}
