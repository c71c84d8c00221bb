package org.palimpsest.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error page, as problem+json. Tomcat answers some requests itself before the application sees
 * them (an encoded slash in the path, a request line or header over the limit) and reports them through the
 * host's error report valve, which writes HTML; this one writes the problem every other error is.
 */
public final class ProblemReportValve extends ErrorReportValve {

    private final ObjectMapper json;

    ProblemReportValve(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(
                        Problems.of(HttpStatusCode.valueOf(status), detail(status, response.getMessage(), throwable))));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing left to tell it
        }
    }

    /** Tomcat's own reason ("Invalid URI…", "Request header is too large") is what the client needs to fix. */
    private static String detail(int status, String message, Throwable throwable) {
        if (message != null && !message.isBlank()) {
            return message;
        }
        if (throwable instanceof IllegalArgumentException && throwable.getMessage() != null) {
            return throwable.getMessage();
        }
        return status >= 500
                ? "the server failed before the application could answer"
                : "the server refused the request before the application saw it";
    }
}
