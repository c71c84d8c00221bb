package org.palimpsest.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one place that makes problem+json. The title is always the status's reason phrase, so one status reads
 * the same from every handler, filter and valve; what failed goes in the detail.
 */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status.value()));
        return problem;
    }

    /** For problems made elsewhere (Spring MVC's own): the same title rule. */
    public static ProblemDetail normalized(ProblemDetail problem) {
        problem.setTitle(title(problem.getStatus()));
        return problem;
    }

    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * Outside Spring MVC (security, filters, the servlet container). {@code json} must be Spring's mapper,
     * which writes a problem's extra properties at the top level.
     */
    public static void write(HttpServletResponse response, ProblemDetail problem, ObjectMapper json)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }
}
