package org.mixroom.shared.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.mixroom.shared.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains.
 *
 * <p>The API ({@code /api/**}) takes HTTP Basic or a personal access token ({@code Authorization: Bearer …})
 * on each request, and also the browser's session, so the player can stream audio. It never redirects:
 * a request without credentials gets 401 and a forbidden one 403, both as problem documents. CSRF
 * protection applies only to unsafe requests that ride on a session cookie without an
 * {@code Authorization} header, which is what a forged cross-site request looks like.
 *
 * <p>{@code /api/share/**} is open to everyone: there the share link's token in the path is the key.
 *
 * <p>Everything else is the Vaadin UI: form login at {@code /login}, sessions, CSRF on, and every view
 * closed to signed-out visitors unless it says otherwise.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AccessTokens tokens) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> {
            response.addHeader("WWW-Authenticate", "Basic realm=\"Mixroom\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Mixroom\"");
            Problems.write(request, response, 401, "Unauthorized", unauthorizedDetail(exception));
        };
        AccessDeniedHandler forbidden = (request, response, exception) -> Problems.write(request, response, 403,
                "Forbidden", exception instanceof CsrfException
                        ? "This request came with a session cookie but without its CSRF token; scripts should "
                                + "sign in with HTTP Basic or an access token instead."
                        : "You may not do this.");
        RequestMatcher csrfNeeded = (HttpServletRequest request) -> !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader("Authorization") == null
                && request.getRequestedSessionId() != null;

        http.securityMatcher("/api/**", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/api/share/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Mixroom").authenticationEntryPoint(unauthorized))
                .addFilterBefore(new AccessTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(csrfNeeded))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    private static String unauthorizedDetail(Exception exception) {
        if (exception instanceof DisabledException) {
            return "This account is switched off.";
        }
        if (exception instanceof InsufficientAuthenticationException) {
            return "Sign in first: send HTTP Basic credentials or a personal access token "
                    + "(Authorization: Bearer <token>).";
        }
        if (exception.getMessage() != null && exception.getMessage().startsWith("The access token")) {
            return exception.getMessage();
        }
        return "The username or password is wrong.";
    }
}
