package org.mixroom.review.web;

import java.util.List;
import java.util.UUID;
import org.mixroom.review.CommentService;
import org.mixroom.review.CommentView;
import org.mixroom.review.export.CommentExport;
import org.mixroom.review.export.ExportedComment;
import org.mixroom.shared.security.MixroomUser;
import org.mixroom.shared.web.MixroomException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A revision's comments as a file for a DAW or an editor, in time order. */
@RestController
class CommentExportController {
    private final CommentService comments;

    CommentExportController(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping("/api/revisions/{id}/comments/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
                                  @RequestParam(defaultValue = "csv") String format) {
        CommentExport export;
        try {
            export = CommentExport.named(format);
        } catch (IllegalArgumentException e) {
            throw MixroomException.invalid(capitalised(e.getMessage()) + ".");
        }
        List<ExportedComment> rows = comments.list(user.id(), id).stream().map(CommentExportController::row).toList();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("comments-" + id + "." + export.extension()).build().toString())
                .body(export.write(rows));
    }

    private static String capitalised(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static ExportedComment row(CommentView c) {
        return new ExportedComment(c.startSeconds(), c.endSeconds(), c.lowHz(), c.highHz(),
                c.category() == null ? null : c.category().label(), c.signature(), c.resolved(), c.text());
    }
}
