package org.palimpsest.live;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.messaging.access.intercept.AuthorizationChannelInterceptor;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;
import org.springframework.security.messaging.context.SecurityContextChannelInterceptor;

/**
 * Spring Security for STOMP, wired by hand rather than with {@code @EnableWebSocketSecurity}, whose CSRF check on
 * every CONNECT would refuse the clients that sign in with their own credentials (scripts, bots, Spring's
 * {@code WebSocketStompClient}): {@link StompAuthentication} decides who a CONNECT is, and checks CSRF only where the
 * HTTP session is what signs it in. Then every frame runs with its session's user as the security context and
 * passes {@link #stompRules()}.
 */
@Configuration(proxyBeanMethods = false)
class StompSecurityConfiguration {

    @Bean
    StompInbound stompInbound(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider checker = new DaoAuthenticationProvider(users);
        checker.setPasswordEncoder(passwords);
        return new StompInbound(List.of(
                new StompAuthentication(new ProviderManager(checker)),
                new SecurityContextChannelInterceptor(),
                new AuthorizationChannelInterceptor(stompRules())));
    }

    /**
     * Anyone may subscribe to the public topics; only a signed-in user may send, and only to the app's presence
     * destination; nobody sends to a topic (the app alone publishes there); anything else is refused.
     */
    static AuthorizationManager<Message<?>> stompRules() {
        return MessageMatcherDelegatingAuthorizationManager.builder()
                .simpTypeMatchers(
                        SimpMessageType.CONNECT,
                        SimpMessageType.HEARTBEAT,
                        SimpMessageType.UNSUBSCRIBE,
                        SimpMessageType.DISCONNECT)
                .permitAll()
                .simpSubscribeDestMatchers(
                        LiveDestinations.ENTRY_TOPIC_PATTERN,
                        LiveDestinations.PRESENCE_TOPIC_PATTERN,
                        LiveDestinations.RECENT_CHANGES_TOPIC)
                .permitAll()
                .simpMessageDestMatchers(LiveDestinations.PRESENCE_SEND_PATTERN)
                .authenticated()
                .anyMessage()
                .denyAll()
                .build();
    }
}
