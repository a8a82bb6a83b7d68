package org.mixroom.revision.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.mixroom.revision.RevisionService;
import org.mixroom.shared.DataSizes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload the servlet container stopped at the multipart limit: 413 with the configured limit in words
 * (the container's exception does not carry it).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final RevisionService revisions;

    UploadLimitAdvice(RevisionService revisions) {
        this.revisions = revisions;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The file is larger than the upload limit of " + DataSizes.human(revisions.maxUploadBytes()) + ".");
        problem.setTitle("Content too large");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
