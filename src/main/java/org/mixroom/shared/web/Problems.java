package org.mixroom.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem document where no Spring MVC handler runs, such as in a security filter.
 * Controllers throw {@link MixroomException} instead and let {@link ProblemDetailsAdvice} answer.
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
