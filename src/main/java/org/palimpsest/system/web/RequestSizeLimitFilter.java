package org.palimpsest.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.palimpsest.system.PalimpsestProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over {@code palimpsest.max-request-bytes} ({@code max-bulk-request-bytes} for a bulk
 * import) with 413 before anything reads them. A body
 * without a Content-Length is read up to the limit and handed on from memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final String BULK_IMPORT = "/api/imports/bulk";

    private final int requestLimit;
    private final int bulkLimit;
    private final ObjectMapper json;

    RequestSizeLimitFilter(PalimpsestProperties properties, ObjectMapper json) {
        this.requestLimit = properties.maxRequestBytes();
        this.bulkLimit = properties.maxBulkRequestBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int limit = BULK_IMPORT.equals(request.getRequestURI()) ? bulkLimit : requestLimit;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, limit);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes(limit + 1);
            if (body.length > limit) {
                refuse(response, limit);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, int limit) throws IOException {
        response.setHeader("Connection", "close");
        Problems.write(
                response,
                Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, new PayloadTooLargeException(limit).getMessage()),
                json);
    }
}
