package org.palimpsest.entry.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.palimpsest.entry.api.InvalidEntryException;
import org.palimpsest.entry.api.NothingChangedException;
import org.palimpsest.entry.api.RevisionConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The entry rules a request can break, as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EntryProblemHandler {

    @ExceptionHandler(InvalidEntryException.class)
    ProblemDetail invalid(InvalidEntryException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid entry", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(ReadModelBehindException.class)
    ResponseEntity<ProblemDetail> behind(ReadModelBehindException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(MinRevision.RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", e.getMessage()));
    }

    @ExceptionHandler(NothingChangedException.class)
    ProblemDetail nothingChanged(NothingChangedException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Nothing to change", e.getMessage());
    }

    @ExceptionHandler(RevisionConflictException.class)
    ProblemDetail conflict(RevisionConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Edit conflict", e.getMessage());
        problem.setProperty("currentRevision", e.currentRevision());
        return problem;
    }

    @ExceptionHandler({EntryNotFoundException.class, RevisionNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownEntry(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "no entry with id '" + e.getAggregateIdentifier() + "'");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
