package org.palimpsest.entry.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.palimpsest.entry.recent.RecentChange;
import org.palimpsest.entry.recent.RecentChangesFeed;
import org.palimpsest.entry.recent.RecentChangesQueries;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Events streams of recent changes. Each stream sends the changes numbered after the last one
 * it sent, read from the feed's memory or the store, so a stream that starts behind (a resume) or falls behind
 * catches up in order and sends nothing twice. The feed only wakes streams; the sending runs on a few threads of
 * their own, so a slow client never holds up the projection that feeds them.
 */
@Component
class RecentChangesStreams implements DisposableBean {

    /** Changes sent per read of the store, while a stream catches up. */
    private static final int PAGE = 500;

    private static final int SENDERS = 2;

    /** What a client waits before it reconnects (sent first, which also sends the headers at once). */
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final RecentChangesQueries changes;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    /** A comment line this often keeps idle streams open through proxies and finds the clients that left. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private final ScheduledExecutorService senders = Executors.newScheduledThreadPool(SENDERS, runnable -> {
        Thread thread = new Thread(runnable, "recent-changes-sse");
        thread.setDaemon(true);
        return thread;
    });

    RecentChangesStreams(RecentChangesQueries changes, RecentChangesFeed feed) {
        this.changes = changes;
        feed.listen(change -> open.forEach(Stream::wake));
        senders.scheduleAtFixedRate(
                () -> open.forEach(Stream::keepAlive),
                KEEP_ALIVE.toMillis(),
                KEEP_ALIVE.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A stream that sends every change numbered after {@code afterId}, then each new one. */
    SseEmitter open(long afterId) {
        SseEmitter emitter = new SseEmitter(0L);
        Stream stream = new Stream(emitter, afterId);
        emitter.onCompletion(() -> open.remove(stream));
        emitter.onTimeout(() -> open.remove(stream));
        emitter.onError(error -> open.remove(stream));
        try {
            emitter.send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("recent changes"));
        } catch (IOException gone) {
            emitter.completeWithError(gone);
            return emitter;
        }
        open.add(stream);
        stream.wake();
        return emitter;
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
        for (Stream stream : open) {
            try {
                stream.emitter.complete();
            } catch (IllegalStateException alreadyGone) {
                // the server closed the response first
            }
        }
    }

    private final class Stream {

        private final SseEmitter emitter;
        private final AtomicBoolean woken = new AtomicBoolean();
        private final Object sending = new Object();
        private long lastSent;

        Stream(SseEmitter emitter, long lastSent) {
            this.emitter = emitter;
            this.lastSent = lastSent;
        }

        void wake() {
            if (woken.compareAndSet(false, true)) {
                senders.execute(this::send);
            }
        }

        void keepAlive() {
            synchronized (sending) {
                try {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                } catch (IOException | IllegalStateException gone) {
                    open.remove(this);
                    emitter.completeWithError(gone);
                }
            }
        }

        private void send() {
            synchronized (sending) {
                woken.set(false);
                try {
                    List<RecentChange> next;
                    do {
                        next = changes.after(lastSent, PAGE);
                        for (RecentChange change : next) {
                            emitter.send(SseEmitter.event()
                                    .id(Long.toString(change.id()))
                                    .data(change, MediaType.APPLICATION_JSON));
                            lastSent = change.id();
                        }
                    } while (next.size() == PAGE);
                } catch (IOException | IllegalStateException gone) {
                    open.remove(this);
                    emitter.completeWithError(gone);
                }
            }
        }
    }
}
