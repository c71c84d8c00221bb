package org.palimpsest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class StompAuthenticationTest {

    private static final AuthenticationManager ACCOUNTS = given -> UsernamePasswordAuthenticationToken.authenticated(
            given.getName(), null, AuthorityUtils.createAuthorityList("ROLE_EDITOR"));

    @Test
    void aConnectSignedInWithAnAuthorizationHeaderGoesOnWithoutIt() {
        StompHeaderAccessor connect = StompHeaderAccessor.create(StompCommand.CONNECT);
        connect.setSessionId("s1");
        connect.setSessionAttributes(new HashMap<>());
        connect.setNativeHeader(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("editor1:editor1".getBytes(StandardCharsets.UTF_8)));
        connect.setLeaveMutable(true);
        Message<byte[]> frame = MessageBuilder.createMessage(new byte[0], connect.getMessageHeaders());

        Message<?> passed = new StompAuthentication(ACCOUNTS).preSend(frame, null);

        StompHeaderAccessor headers = StompHeaderAccessor.wrap(passed);
        assertThat(headers.getUser().getName()).isEqualTo("editor1");
        assertThat(headers.getFirstNativeHeader("Authorization")).isNull();
    }
}
