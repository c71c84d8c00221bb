package org.palimpsest.system.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic sends the password with every request, and checking a BCrypt hash costs tens of
 * milliseconds of CPU by design. A successful check is remembered for a few minutes under an HMAC of the
 * credentials (keyed with a secret of this process), so repeated requests cost a hash lookup; a wrong
 * password is always checked in full.
 */
final class RememberedCredentials implements AuthenticationProvider {

    private final AuthenticationProvider checker;
    private final Mac mac;
    private final Cache<String, Authentication> verified;

    RememberedCredentials(AuthenticationProvider checker, Duration remembered) {
        this.checker = checker;
        this.verified = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(remembered)
                .build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (request.getCredentials() == null) {
            return checker.authenticate(request);
        }
        String key = key(request.getName(), request.getCredentials().toString());
        Authentication known = verified.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Authentication checked = checker.authenticate(request);
        if (checked != null && checked.isAuthenticated()) {
            verified.put(key, checked);
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String key(String username, String password) {
        Mac copy;
        try {
            copy = (Mac) mac.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        return HexFormat.of()
                .formatHex(copy.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
    }
}
