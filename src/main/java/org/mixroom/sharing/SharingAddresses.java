package org.mixroom.sharing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The addresses people open: share links at {@code /share/{token}}, invitations at {@code /invitations/{token}}. */
public final class SharingAddresses {

    private SharingAddresses() {
    }

    /** The share link's address, on the server the request reached. */
    public static String shareLink(HttpServletRequest request, String token) {
        return base(request) + "/share/" + token;
    }

    public static String invitation(HttpServletRequest request, String token) {
        return base(request) + "/invitations/" + token;
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).toUriString();
    }
}
