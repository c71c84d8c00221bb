package org.palimpsest.entry.live;

import org.palimpsest.entry.recent.RecentChange;
import org.palimpsest.entry.recent.RecentChangesFeed;
import org.palimpsest.live.LiveDestinations;
import org.palimpsest.live.TopicListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Every recent change, once stored, to {@code /topic/recent-changes}, in the shape the listing answers. The feed
 * tells its listeners right after the read model's write, so a broker that cannot take the change (a relay's broker
 * that is down) costs that push only, logged: never the write, nor the SSE streams told after it. A client reads what
 * it missed from the listing or the stream. Nothing is sent while nobody subscribes ({@link TopicListeners}).
 */
@Component
class RecentChangesPush {

    private static final Logger LOG = LoggerFactory.getLogger(RecentChangesPush.class);

    private final SimpMessagingTemplate broker;
    private final TopicListeners listeners;

    RecentChangesPush(RecentChangesFeed feed, SimpMessagingTemplate broker, TopicListeners listeners) {
        this.broker = broker;
        this.listeners = listeners;
        feed.listen(this::push);
    }

    void push(RecentChange change) {
        if (!listeners.anyFor(LiveDestinations.RECENT_CHANGES_TOPIC)) {
            return;
        }
        try {
            broker.convertAndSend(LiveDestinations.RECENT_CHANGES_TOPIC, change);
        } catch (MessagingException e) {
            LOG.warn("recent change {} not pushed: {}", change.id(), e.getMessage());
        }
    }
}
