package org.palimpsest.system.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.palimpsest.system.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * 401, 403 and the firewall's 400 (a path with "%25", "//", ";"…) as problem+json, like every other error.
 * As a bean, Spring Security takes it as its {@link RequestRejectedHandler}.
 */
@Component
class ProblemSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final ObjectMapper json;

    ProblemSecurityHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Palimpsest\"");
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, whatFailed(request, e)), json);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problems.write(
                response,
                Problems.of(
                        HttpStatus.FORBIDDEN,
                        "your role does not allow " + request.getMethod() + " " + request.getRequestURI()),
                json);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        Problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, e.getMessage()), json);
    }

    /**
     * Credentials that were sent and refused are the likelier mistake, and they fail the same on a public read
     * as on a write (Basic authentication runs before the rules), so say that rather than "sign in".
     */
    private static String whatFailed(HttpServletRequest request, AuthenticationException e) {
        if (e instanceof InsufficientAuthenticationException) {
            return request.getMethod() + " " + request.getRequestURI() + " needs a signed-in user (HTTP Basic)";
        }
        if (e instanceof BadCredentialsException && "Bad credentials".equals(e.getMessage())) {
            return "bad credentials: unknown user name or wrong password (HTTP Basic)";
        }
        return "sign-in failed (HTTP Basic): " + e.getMessage();
    }
}
