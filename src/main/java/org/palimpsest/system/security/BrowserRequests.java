package org.palimpsest.system.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * Which requests the browser chain takes. A request with an Authorization header is an API client's, whatever
 * else it carries; so is one without a session, except the few paths where a browser starts one and the client's
 * own scripts, which say {@code X-Requested-With: XMLHttpRequest} (so that a write after the session cookie is gone
 * answers a problem the page can handle, not a Basic challenge that pops up the browser's own dialog). A session
 * cookie alone is what a browser sends on its own to any site's page, so exactly those requests must show a CSRF
 * token.
 */
final class BrowserRequests {

    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String ME = "/api/me";
    static final String WEBSOCKET = "/ws";

    static final String REQUESTED_WITH = "X-Requested-With";
    static final String SCRIPT = "XMLHttpRequest";

    private static final Set<String> STARTS_A_SESSION = Set.of(LOGIN, LOGOUT, ME);

    private BrowserRequests() {}

    static boolean match(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getRequestedSessionId() != null
                || SCRIPT.equals(request.getHeader(REQUESTED_WITH))
                || STARTS_A_SESSION.contains(path)
                || path.equals(WEBSOCKET)
                || path.startsWith(WEBSOCKET + "/");
    }
}
