package org.mixroom.review.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.mixroom.review.CommentService;
import org.mixroom.review.CommentView;
import org.mixroom.review.PostComment;
import org.mixroom.review.ReplyView;
import org.mixroom.shared.security.MixroomUser;
import org.mixroom.shared.web.MixroomException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Comments on revisions, their replies, and resolving. */
@RestController
@RequestMapping("/api")
class CommentController {

    record ReplyRequest(String text) {
    }

    record ResolveRequest(Boolean resolved) {
    }

    private final CommentService comments;

    CommentController(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping("/revisions/{id}/comments")
    List<CommentView> list(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return comments.list(user.id(), id);
    }

    @PostMapping("/revisions/{id}/comments")
    ResponseEntity<CommentView> post(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestBody PostComment body) {
        CommentView posted = comments.post(user.id(), id, body);
        return ResponseEntity.created(URI.create("/api/comments/" + posted.id())).body(posted);
    }

    @GetMapping("/comments/{id}")
    CommentView get(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return comments.get(user.id(), id);
    }

    /** {@code {"resolved": true}} resolves, {@code false} reopens. */
    @PatchMapping("/comments/{id}")
    CommentView resolve(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestBody ResolveRequest body) {
        if (body.resolved() == null) {
            throw MixroomException.invalid("Send {\"resolved\": true} to resolve or {\"resolved\": false} to reopen.");
        }
        return comments.setResolved(user.id(), id, body.resolved());
    }

    @PostMapping("/comments/{id}/replies")
    ResponseEntity<ReplyView> reply(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestBody ReplyRequest body) {
        ReplyView reply = comments.reply(user.id(), id, body.text());
        return ResponseEntity.created(URI.create("/api/comments/" + id)).body(reply);
    }
}
