package org.palimpsest.live;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.messaging.web.socket.server.CsrfTokenHandshakeInterceptor;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * STOMP over plain WebSocket at {@code /ws}. Clients send to {@code /app/**} (the app's handlers) and subscribe to
 * {@code /topic/**} (the broker). The broker is Spring's simple broker in this JVM unless
 * {@code palimpsest.stomp.relay.host} names a STOMP broker (RabbitMQ's STOMP plugin), which then carries the topics
 * for every node: nothing else changes.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws";
    static final String APP_PREFIX = "/app";
    static final String TOPIC_PREFIX = "/topic";

    /**
     * The container reads a frame whole up to this many times the STOMP limit, so that STOMP sees an oversized
     * frame and answers it with an ERROR frame; beyond it the container closes the connection (1009).
     */
    private static final int CONTAINER_BUFFER_FACTOR = 4;

    private final StompProperties properties;
    private final StompInbound inbound;
    private final TaskScheduler heartbeats;
    private final MessageChannel toClients;
    private final FrameRateLimit frameRateLimit;

    /** The heart-beats run on the scheduler Spring's broker configuration declares (lazy: it is declared after this). */
    WebSocketConfiguration(
            StompProperties properties,
            StompInbound inbound,
            @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler heartbeats,
            @Lazy @Qualifier("clientOutboundChannel") MessageChannel toClients) {
        this.properties = properties;
        this.inbound = inbound;
        this.heartbeats = heartbeats;
        this.toClients = toClients;
        this.frameRateLimit = FrameRateLimit.of(properties);
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ENDPOINT)
                .setAllowedOriginPatterns(origins())
                .addInterceptors(new CsrfTokenHandshakeInterceptor());
    }

    private String[] origins() {
        return properties.allowedOrigins().toArray(String[]::new);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes(APP_PREFIX);
        registry.setPreservePublishOrder(true);
        long heartbeat = properties.heartbeat().toMillis();
        StompProperties.Relay relay = properties.relay();
        if (relay.on()) {
            registry.enableStompBrokerRelay(TOPIC_PREFIX)
                    .setRelayHost(relay.host())
                    .setRelayPort(relay.port())
                    .setClientLogin(relay.login())
                    .setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.login())
                    .setSystemPasscode(relay.passcode())
                    .setSystemHeartbeatSendInterval(heartbeat)
                    .setSystemHeartbeatReceiveInterval(heartbeat)
                    .setVirtualHost(relay.virtualHost());
            registry.configureBrokerChannel().interceptors(RelayDestinations.towardsBroker());
        } else {
            registry.enableSimpleBroker(TOPIC_PREFIX)
                    .setHeartbeatValue(new long[] {heartbeat, heartbeat})
                    .setTaskScheduler(heartbeats);
        }
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration
                .setMessageSizeLimit(properties.messageSizeLimit())
                .setSendBufferSizeLimit(properties.sendBufferSizeLimit())
                .setSendTimeLimit((int) properties.sendTimeLimit().toMillis());
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(frameRateLimit);
        registration.interceptors(inbound.interceptors().toArray(ChannelInterceptor[]::new));
        if (properties.relay().on()) {
            registration.interceptors(RelayDestinations.towardsBroker());
        } else {
            registration.interceptors(new SubscriptionReceipts(toClients));
        }
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        if (properties.relay().on()) {
            registration.interceptors(RelayDestinations.towardsClients());
        }
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        int buffer = properties.messageSizeLimit() * CONTAINER_BUFFER_FACTOR;
        container.setMaxTextMessageBufferSize(buffer);
        container.setMaxBinaryMessageBufferSize(buffer);
        return container;
    }
}
