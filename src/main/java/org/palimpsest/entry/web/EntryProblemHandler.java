package org.palimpsest.entry.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.palimpsest.entry.api.AlreadyCurrentRevisionException;
import org.palimpsest.entry.api.AlreadyRolledBackException;
import org.palimpsest.entry.api.EditConflictException;
import org.palimpsest.entry.api.FieldConflict;
import org.palimpsest.entry.api.InvalidEntryException;
import org.palimpsest.entry.api.NoEditsByAuthorException;
import org.palimpsest.entry.api.NothingChangedException;
import org.palimpsest.entry.api.NothingToUndoException;
import org.palimpsest.entry.api.OnlyAuthorException;
import org.palimpsest.entry.api.RevisionConflictException;
import org.palimpsest.entry.api.UnknownRevisionException;
import org.palimpsest.system.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The entry rules a request can break, as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EntryProblemHandler {

    @ExceptionHandler(InvalidEntryException.class)
    ProblemDetail invalid(InvalidEntryException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(ReadModelBehindException.class)
    ResponseEntity<ProblemDetail> behind(ReadModelBehindException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(MinRevision.RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }

    @ExceptionHandler({
        NothingChangedException.class,
        NothingToUndoException.class,
        AlreadyCurrentRevisionException.class,
        NoEditsByAuthorException.class
    })
    ProblemDetail nothingChanged(RuntimeException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(EditConflictException.class)
    ProblemDetail editConflict(EditConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("currentRevision", e.currentRevision());
        problem.setProperty(
                "conflicts",
                e.conflicts().stream().map(EntryProblemHandler::conflict).toList());
        problem.setProperty("merged", e.merged());
        return problem;
    }

    private static Map<String, Object> conflict(FieldConflict conflict) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("field", conflict.field().jsonName());
        json.put("base", conflict.base());
        json.put("mine", conflict.mine());
        json.put("theirs", conflict.theirs());
        if (conflict.text() != null) {
            json.put(
                    "context",
                    Map.of(
                            "before",
                            conflict.text().before(),
                            "after",
                            conflict.text().after()));
        }
        return json;
    }

    @ExceptionHandler(AlreadyRolledBackException.class)
    ProblemDetail alreadyRolledBack(AlreadyRolledBackException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("code", "alreadyrolled");
        problem.setProperty("currentRevision", e.currentRevision());
        problem.setProperty("newestAuthor", e.newestAuthor());
        return problem;
    }

    @ExceptionHandler(OnlyAuthorException.class)
    ProblemDetail onlyAuthor(OnlyAuthorException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("code", "onlyauthor");
        return problem;
    }

    @ExceptionHandler(RevisionConflictException.class)
    ProblemDetail conflict(RevisionConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("currentRevision", e.currentRevision());
        return problem;
    }

    @ExceptionHandler({EntryNotFoundException.class, RevisionNotFoundException.class, UnknownRevisionException.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownEntry(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "no entry with id '" + e.getAggregateIdentifier() + "'");
    }
}
