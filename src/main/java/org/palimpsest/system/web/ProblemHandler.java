package org.palimpsest.system.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.palimpsest.entry.api.InvalidEntryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into problem+json: Spring MVC's own (via {@link ResponseEntityExceptionHandler}),
 * unreadable bodies with the field and the reason, and, as a last resort, a 500 that is logged.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(InvalidRequestBodyException.class)
    ProblemDetail invalidBody(InvalidRequestBodyException e) {
        return unreadable(e.getCause(), e.field());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                e.getName() + ": '" + e.getValue() + "' is not a valid "
                        + (e.getRequiredType() == null
                                ? "value"
                                : e.getRequiredType().getSimpleName()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "the server failed; nothing was recorded unless a later read shows it");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = unreadable(e.getCause(), null);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private ProblemDetail unreadable(Throwable cause, String field) {
        IllegalArgumentException rule = ruleBroken(cause);
        if (rule != null) {
            ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, rule.getMessage());
            if (rule instanceof InvalidEntryException invalid) {
                problem.setProperty("field", invalid.field());
            }
            return problem;
        }
        String where = field;
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where = field == null ? jsonPath(mapping) : field + "." + jsonPath(mapping);
        }
        String prefix = where == null ? "" : where + ": ";
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "unknown field '" + unknown.getPropertyName() + "'"
                            + (unknown.getKnownPropertyIds() == null
                                    ? ""
                                    : "; known fields: " + unknown.getKnownPropertyIds()));
        }
        if (cause instanceof JsonParseException parse) {
            return Problems.of(
                    HttpStatus.BAD_REQUEST,
                    parse.getOriginalMessage()
                            + (parse.getLocation() == null
                                    ? ""
                                    : " (line " + parse.getLocation().getLineNr() + ", column "
                                            + parse.getLocation().getColumnNr() + ")"));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String expected = mismatch.getTargetType() == null
                    ? "another type"
                    : mismatch.getTargetType().getSimpleName();
            return Problems.of(HttpStatus.BAD_REQUEST, prefix + "wrong type, expected " + expected);
        }
        if (cause instanceof JsonMappingException mapping) {
            return Problems.of(HttpStatus.BAD_REQUEST, prefix + mapping.getOriginalMessage());
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "the request body is missing or unreadable");
    }

    private static String jsonPath(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static IllegalArgumentException ruleBroken(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException rule && t.getClass() != IllegalArgumentException.class) {
                return rule;
            }
        }
        return null;
    }

    /** Spring MVC's own problems (405, 406, 415, unknown paths, ResponseStatusException…) get the same titles. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Problems.normalized(problem);
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
