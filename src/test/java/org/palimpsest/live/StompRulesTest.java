package org.palimpsest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class StompRulesTest {

    private static final AuthorizationManager<Message<?>> RULES = StompSecurityConfiguration.stompRules();
    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(
            "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    private static final Authentication EDITOR = UsernamePasswordAuthenticationToken.authenticated(
            "editor1", null, AuthorityUtils.createAuthorityList("ROLE_EDITOR"));

    private static boolean allowed(Authentication who, SimpMessageType type, String destination) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(type);
        headers.setDestination(destination);
        Message<byte[]> message = MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
        return RULES.authorize(() -> who, message).isGranted();
    }

    @Test
    void anyoneMaySubscribeToTheTopicsOfAnEntryWhateverTheScriptOfItsId() {
        for (String id : List.of("battle-of-inchon", "schlacht-um-würzburg", "битва-под-москвой", "1950")) {
            assertThat(allowed(ANONYMOUS, SimpMessageType.SUBSCRIBE, "/topic/entries/" + id))
                    .as(id)
                    .isTrue();
            assertThat(allowed(ANONYMOUS, SimpMessageType.SUBSCRIBE, "/topic/entries/" + id + "/presence"))
                    .as(id)
                    .isTrue();
        }
        assertThat(allowed(ANONYMOUS, SimpMessageType.SUBSCRIBE, "/topic/recent-changes"))
                .isTrue();
    }

    @Test
    void aWildcardAnEmptyIdOrADotInTheIdIsNoDestinationOfOurs() {
        for (String destination : List.of(
                "/topic/entries/*",
                "/topic/entries/**",
                "/topic/entries/#",
                "/topic/entries/",
                "/topic/entries/a.b",
                "/topic/entries.a",
                "/topic/entries/a/b",
                "/topic/entries/*/presence",
                "/topic/**")) {
            assertThat(allowed(ANONYMOUS, SimpMessageType.SUBSCRIBE, destination))
                    .as(destination)
                    .isFalse();
        }
        assertThat(allowed(EDITOR, SimpMessageType.MESSAGE, "/app/entries/*/presence"))
                .isFalse();
    }

    @Test
    void onlyASignedInUserSendsPresenceAndNobodySendsToATopic() {
        assertThat(allowed(EDITOR, SimpMessageType.MESSAGE, "/app/entries/battle-of-inchon/presence"))
                .isTrue();
        assertThat(allowed(ANONYMOUS, SimpMessageType.MESSAGE, "/app/entries/battle-of-inchon/presence"))
                .isFalse();
        assertThat(allowed(EDITOR, SimpMessageType.MESSAGE, "/topic/entries/battle-of-inchon"))
                .isFalse();
    }
}
