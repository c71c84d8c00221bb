package org.palimpsest.system.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.palimpsest.system.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * The browser chain's answers, for the client's scripts: JSON (the signed-in user, or problem+json), never a
 * redirect, and a 401 without {@code WWW-Authenticate}, which would make the browser pop up its own Basic sign-in
 * dialog.
 */
@Component
class BrowserSecurityHandler
        implements AuthenticationSuccessHandler,
                AuthenticationFailureHandler,
                LogoutSuccessHandler,
                AuthenticationEntryPoint,
                AccessDeniedHandler {

    private final ObjectMapper json;

    BrowserSecurityHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), SignedIn.of(authentication, null));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        Problems.write(
                response,
                Problems.of(HttpStatus.UNAUTHORIZED, "bad credentials: unknown user name or wrong password"),
                json);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication gone)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Problems.write(
                response,
                Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        request.getMethod() + " " + request.getRequestURI()
                                + " needs a signed-in user: sign in (the session may have expired)"),
                json);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String detail = e instanceof CsrfException
                ? "the CSRF token is missing or no longer valid (the session may have expired): sign in again"
                : "your role does not allow " + request.getMethod() + " " + request.getRequestURI();
        Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, detail), json);
    }
}
