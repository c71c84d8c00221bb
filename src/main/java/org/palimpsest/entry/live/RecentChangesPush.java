package org.palimpsest.entry.live;

import org.palimpsest.entry.recent.RecentChangesFeed;
import org.palimpsest.live.LiveDestinations;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/** Every recent change, once stored, to {@code /topic/recent-changes}, in the shape the listing answers. */
@Component
class RecentChangesPush {

    RecentChangesPush(RecentChangesFeed feed, SimpMessagingTemplate broker) {
        feed.listen(change -> broker.convertAndSend(LiveDestinations.RECENT_CHANGES_TOPIC, change));
    }
}
