package org.palimpsest.system.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What reaches the servlet container's error page: failures outside Spring MVC, such as an exception in a
 * filter. In place of Spring Boot's JSON error, the same problem+json as every other error.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = code instanceof Integer value && value >= 400
                ? HttpStatusCode.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = Problems.of(status, detail(status));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            // else Spring MVC would name this page, /error, as the instance
            problem.setInstance(URI.create(uri));
        }
        return Problems.response(problem);
    }

    private static String detail(HttpStatusCode status) {
        if (status.is5xxServerError()) {
            return "the server failed; nothing was recorded unless a later read shows it";
        }
        return "the request was refused before the application could read it";
    }
}
