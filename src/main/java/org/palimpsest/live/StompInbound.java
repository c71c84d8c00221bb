package org.palimpsest.live;

import java.util.List;
import org.springframework.messaging.support.ChannelInterceptor;

/** What every inbound STOMP frame passes, in this order, before the app or the broker sees it. */
record StompInbound(List<ChannelInterceptor> interceptors) {

    StompInbound {
        interceptors = List.copyOf(interceptors);
    }
}
