package org.palimpsest.system.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts", description = "Who is signed in")
class MeController {

    @GetMapping(path = BrowserRequests.ME, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The signed-in user and their roles (user absent for nobody)",
            description = "For a browser session also the CSRF token that its writes send in the header named "
                    + "there; HTTP Basic clients need none.")
    ResponseEntity<SignedIn> me(Authentication authentication, HttpServletRequest request) {
        Authentication signedIn = authentication instanceof AnonymousAuthenticationToken ? null : authentication;
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(SignedIn.of(signedIn, token));
    }
}
