package org.mixroom.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <personal access token>}. The
 * authentication lasts for the request only; no session is made.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokens tokens;
    private final AuthenticationEntryPoint entryPoint;

    AccessTokenFilter(AccessTokens tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        // Looked up per request: Vaadin installs its own strategy after this filter is built.
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        Optional<MixroomUser> user = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (user.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response,
                    new BadCredentialsException("The access token is unknown or has been revoked."));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
