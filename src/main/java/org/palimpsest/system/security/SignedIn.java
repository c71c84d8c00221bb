package org.palimpsest.system.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Who is signed in ({@code user} null for nobody) with their roles, and for the browser's session the CSRF token
 * that its writes must send in the header named here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SignedIn(String user, List<String> roles, Csrf csrf) {

    record Csrf(String header, String token) {}

    static SignedIn of(Authentication authentication, CsrfToken token) {
        Csrf csrf = token == null ? null : new Csrf(token.getHeaderName(), token.getToken());
        if (authentication == null || !authentication.isAuthenticated()) {
            return new SignedIn(null, List.of(), csrf);
        }
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .toList();
        return new SignedIn(authentication.getName(), roles, csrf);
    }
}
