package org.mixroom.shared.web;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Turns every error of the REST API into an RFC 9457 problem document whose {@code detail} says what is
 * wrong in plain words: {@link MixroomException}s by their kind, Spring MVC's own errors with a
 * clearer detail where the default one speaks of Java types.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(MixroomException.class)
    ResponseEntity<ProblemDetail> refused(MixroomException e, WebRequest request) {
        return problem(HttpStatus.valueOf(e.kind().status()), e.kind().title(), e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badArgument(MethodArgumentTypeMismatchException e, WebRequest request) {
        // A path id that is not even a UUID names nothing: answer as for any unknown id.
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing at " + path(request) + ".", request);
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "The parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'.", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // The listener skipped ahead or closed the page while audio was streaming: nothing to answer.
            log.debug("Client went away on {}", path(request));
            return null;
        }
        log.error("Unexpected error on {}", path(request), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error",
                "Something went wrong on the server; the error has been logged.", request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        long max = ex.getMaxUploadSize();
        String limit = max > 0 ? " of " + org.mixroom.shared.DataSizes.human(max) : "";
        return plain(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                "The file is larger than the upload limit" + limit + ".", request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return plain(HttpStatus.BAD_REQUEST, "Invalid request", "The request has no '" + ex.getRequestPartName()
                + "' part; send it as a field of a multipart/form-data request.", request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return plain(HttpStatus.BAD_REQUEST, "Invalid request",
                "The request body is not valid JSON of the expected shape.", request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        StringBuilder detail = new StringBuilder();
        ex.getBindingResult().getFieldErrors().forEach(error -> detail.append(detail.isEmpty() ? "" : "; ")
                .append(error.getField()).append(' ').append(error.getDefaultMessage()));
        return plain(HttpStatus.BAD_REQUEST, "Invalid request", detail + ".", request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "The upload could not be read; send the file as the field 'file' of a multipart/form-data request.",
                request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(path(request)));
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<Object> plain(HttpStatus status, String title, String detail, WebRequest request) {
        ResponseEntity<ProblemDetail> response = problem(status, title, detail, request);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(response.getBody());
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
    }
}
