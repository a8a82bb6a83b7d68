package org.mixroom.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.mixroom.shared.security.MixroomUser;
import org.mixroom.sharing.CreatedShareLink;
import org.mixroom.sharing.NewShareLink;
import org.mixroom.sharing.ShareLinkView;
import org.mixroom.sharing.ShareLinks;
import org.mixroom.sharing.SharingAddresses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Members make, list and revoke the share links of a revision. */
@RestController
@RequestMapping("/api")
class ShareLinkController {

    /** The link just made: {@code url} and {@code token} are shown only in this answer. */
    record Created(String url, String token, ShareLinkView link) {
    }

    private final ShareLinks links;

    ShareLinkController(ShareLinks links) {
        this.links = links;
    }

    @PostMapping("/revisions/{id}/share-links")
    ResponseEntity<Created> create(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id,
            @RequestBody(required = false) NewShareLink body, HttpServletRequest request) {
        CreatedShareLink created = links.create(user.id(), id, body);
        return ResponseEntity.created(URI.create("/api/share-links/" + created.link().id()))
                .body(new Created(SharingAddresses.shareLink(request, created.token()), created.token(),
                        created.link()));
    }

    @GetMapping("/revisions/{id}/share-links")
    List<ShareLinkView> list(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        return links.list(user.id(), id);
    }

    @DeleteMapping("/share-links/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal MixroomUser user, @PathVariable UUID id) {
        links.revoke(user.id(), id);
        return ResponseEntity.noContent().build();
    }
}
