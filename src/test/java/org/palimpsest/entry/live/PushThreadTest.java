package org.palimpsest.entry.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PushThreadTest {

    @Test
    void pushesRunInTheOrderTheyWereHandedOver() throws Exception {
        PushThread thread = new PushThread();
        List<Integer> ran = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            int push = i;
            thread.run("push " + i, () -> ran.add(push));
        }
        awaitDone(thread);
        assertThat(ran).hasSize(1_000).isSorted();
        thread.destroy();
    }

    @Test
    void aFailedPushIsLoggedAndTheNextOneRuns() throws Exception {
        PushThread thread = new PushThread();
        List<String> ran = new CopyOnWriteArrayList<>();
        thread.run("first", () -> {
            throw new IllegalStateException("broker gone");
        });
        thread.run("second", () -> ran.add("second"));
        awaitDone(thread);
        assertThat(ran).containsExactly("second");
        thread.destroy();
    }

    @Test
    void aFullQueueDropsTheNewestPushAndKeepsTheOrderOfTheOthers() throws Exception {
        PushThread thread = new PushThread(1);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        thread.run("blocking", () -> {
            running.countDown();
            await(release);
            ran.add("blocking");
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        thread.run("queued", () -> ran.add("queued"));
        thread.run("dropped", () -> ran.add("dropped"));
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ran.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        awaitDone(thread);
        assertThat(ran).containsExactly("blocking", "queued");
        thread.destroy();
    }

    private static void awaitDone(PushThread thread) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        thread.run("last", done::countDown);
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
