package org.palimpsest.entry.live;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one thread that builds and sends the entry pushes, in the order they were handed over, so that the diff of a
 * 50 KB body and the message's JSON are not paid on the thread of the command that stored the revision. Pushes wait
 * in a bounded queue: beyond {@value #CAPACITY} a push is dropped with a warning (its subscribers see the gap in the
 * revision numbers and read the revision over REST), never run out of order.
 */
@Component
class PushThread implements DisposableBean {

    static final int CAPACITY = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(PushThread.class);

    private final ThreadPoolExecutor executor;

    PushThread() {
        this(CAPACITY);
    }

    PushThread(int capacity) {
        executor = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(capacity),
                task -> {
                    Thread thread = new Thread(task, EntryPush.NAME);
                    thread.setDaemon(true);
                    return thread;
                },
                (task, full) -> LOG.warn("{} pushes wait already: one dropped", capacity));
    }

    /** Runs the push after those handed over before it; one that fails is logged and the next runs. */
    void run(String what, Runnable push) {
        executor.execute(() -> {
            try {
                push.run();
            } catch (RuntimeException e) {
                LOG.warn("push of {} failed", what, e);
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
