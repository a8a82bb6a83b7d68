package org.mixroom.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.mixroom.review.PostComment;
import org.mixroom.revision.AudioResponses;
import org.mixroom.shared.web.MixroomException;
import org.mixroom.sharing.GuestComment;
import org.mixroom.sharing.GuestLink;
import org.mixroom.sharing.GuestLinks;
import org.mixroom.sharing.GuestRevision;
import org.mixroom.sharing.UnlockedLinks;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The guest's side of a share link, open without signing in: the token in the path is the only key, and it
 * reaches the one revision it names. A link with a password takes it in the {@code X-Share-Password} header,
 * or not at all once the guest's browser session has given it on the share page.
 */
@RestController
@RequestMapping("/api/share/{token}")
class GuestController {

    static final String PASSWORD_HEADER = "X-Share-Password";

    /** A guest's comment: as a member's, plus the name the guest typed. */
    record GuestPost(Double startSeconds, Double endSeconds, Double lowHz, Double highHz, String category,
                     String text, String guestName) {
    }

    private final GuestLinks guests;

    GuestController(GuestLinks guests) {
        this.guests = guests;
    }

    @GetMapping
    GuestRevision revision(@PathVariable String token, @RequestHeader(name = PASSWORD_HEADER, required = false)
            String password, HttpServletRequest request) {
        return guests.revision(open(token, password, request));
    }

    /** The audio for the player (a {@code Range} request gets 206); {@code ?download=true} only if the link allows. */
    @GetMapping("/audio")
    ResponseEntity<Resource> audio(@PathVariable String token, @RequestHeader(name = PASSWORD_HEADER,
            required = false) String password, @RequestParam(defaultValue = "false") boolean download,
            HttpServletRequest request) {
        GuestLink link = open(token, password, request);
        return download ? AudioResponses.attachment(guests.audio(link, true))
                : AudioResponses.inline(guests.audio(link, false));
    }

    @GetMapping("/peaks")
    ResponseEntity<Resource> peaks(@PathVariable String token, @RequestHeader(name = PASSWORD_HEADER,
            required = false) String password, HttpServletRequest request) {
        Resource peaks = guests.peaks(open(token, password, request))
                .orElseThrow(() -> MixroomException.notFound("The waveform is not ready yet."));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .cacheControl(CacheControl.noCache().cachePrivate()).body(peaks);
    }

    @GetMapping("/comments")
    List<GuestComment> comments(@PathVariable String token, @RequestHeader(name = PASSWORD_HEADER,
            required = false) String password, HttpServletRequest request) {
        return guests.comments(open(token, password, request));
    }

    @PostMapping("/comments")
    ResponseEntity<GuestComment> comment(@PathVariable String token, @RequestHeader(name = PASSWORD_HEADER,
            required = false) String password, @RequestBody GuestPost body, HttpServletRequest request) {
        GuestComment posted = guests.comment(open(token, password, request), body.guestName(), new PostComment(
                body.startSeconds(), body.endSeconds(), body.lowHz(), body.highHz(), body.category(), body.text()));
        return ResponseEntity.status(HttpStatus.CREATED).body(posted);
    }

    private GuestLink open(String token, String password, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return guests.open(token, password,
                UnlockedLinks.in(session == null ? null : session.getAttribute(UnlockedLinks.ATTRIBUTE)));
    }
}
