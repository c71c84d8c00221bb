package org.palimpsest.live;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.messaging.web.csrf.XorCsrfChannelInterceptor;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Who a STOMP session is, decided once, at CONNECT: the {@code login}/{@code passcode} headers or an
 * {@code Authorization: Basic} header, checked against the app's accounts (wrong ones: an ERROR frame and the
 * connection closed); else the user the HTTP session signed in at the handshake (browsers), but only with the CSRF
 * token of that session in the CONNECT's headers, since a page on another site could open the socket with the same
 * cookie; else nobody (anonymous). Later frames carry the user Spring keeps for the session: a client cannot name
 * another.
 */
final class StompAuthentication implements ChannelInterceptor {

    private static final String BASIC = "Basic ";
    private static final String AUTHORIZATION = "Authorization";
    /** Set on a session whose CONNECT signed in nobody, so that the handshake's user does not count later either. */
    private static final String ANONYMOUS = StompAuthentication.class.getName() + ".anonymous";

    private final AuthenticationManager accounts;
    private final XorCsrfChannelInterceptor csrf = new XorCsrfChannelInterceptor();

    StompAuthentication(AuthenticationManager accounts) {
        this.accounts = accounts;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null) {
            return message;
        }
        Map<String, Object> attributes = stomp.getSessionAttributes();
        if (isConnect(stomp.getCommand())) {
            Principal user = connecting(stomp, message, channel, attributes);
            stomp.setUser(user);
            if (attributes != null && user == null) {
                attributes.put(ANONYMOUS, Boolean.TRUE);
            }
        } else if (attributes != null && attributes.containsKey(ANONYMOUS) && stomp.isMutable()) {
            stomp.setUser(null);
        }
        return message;
    }

    private Principal connecting(
            StompHeaderAccessor stomp, Message<?> message, MessageChannel channel, Map<String, Object> attributes) {
        UsernamePasswordAuthenticationToken credentials = credentials(stomp);
        if (credentials != null) {
            Principal user = accounts.authenticate(credentials);
            // checked: no handler or broker after this one needs them (a relay would hand them on to its broker)
            stomp.removeNativeHeader(AUTHORIZATION);
            return user;
        }
        if (stomp.getUser() != null && attributes != null && attributes.get(CsrfToken.class.getName()) != null) {
            csrf.preSend(message, channel);
            return stomp.getUser();
        }
        return null;
    }

    private static boolean isConnect(StompCommand command) {
        return command == StompCommand.CONNECT || command == StompCommand.STOMP;
    }

    private static UsernamePasswordAuthenticationToken credentials(StompHeaderAccessor stomp) {
        String login = stomp.getLogin();
        if (login != null) {
            return UsernamePasswordAuthenticationToken.unauthenticated(login, orEmpty(stomp.getPasscode()));
        }
        String authorization = stomp.getFirstNativeHeader(AUTHORIZATION);
        if (authorization == null) {
            return null;
        }
        if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            throw new BadCredentialsException("Authorization: only Basic credentials are taken");
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder()
                            .decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadCredentialsException("Authorization: not Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new BadCredentialsException("Authorization: no ':' between user and password");
        }
        return UsernamePasswordAuthenticationToken.unauthenticated(
                decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
