package org.palimpsest.system.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.Test;

/** Appends that come together share a commit; none returns before a commit that holds it has finished. */
class GroupCommitTest {

    /** Inserts acknowledged so far, by the fake store. */
    private final AtomicLong acknowledged = new AtomicLong();
    /** How many acknowledged inserts the last finished commit held. */
    private final AtomicLong durable = new AtomicLong();

    private final AtomicInteger commits = new AtomicInteger();

    /** As in the embedded store: a commit holds back inserts until it is done ({@code CommitBeforeAck}). */
    private final ReadWriteLock store = new ReentrantReadWriteLock();

    @Test
    void anAppendAloneCommitsAtOnce() {
        GroupCommit group = new GroupCommit(this::slowCommit, Duration.ofSeconds(5));

        long started = System.nanoTime();
        long mine = append(group);
        group.awaitCommitted(mine);

        assertThat(durable.get()).isEqualTo(1);
        assertThat(commits.get()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void appendsThatComeTogetherShareCommitsAndEachWaitsForItsOwn() throws Exception {
        GroupCommit group = new GroupCommit(this::slowCommit, Duration.ofMillis(2));
        int threads = 8;
        int appendsEach = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                int notYetDurable = 0;
                for (int i = 0; i < appendsEach; i++) {
                    long mine = append(group);
                    group.awaitCommitted(mine);
                    if (durable.get() < mine) {
                        notYetDurable++;
                    }
                }
                return notYetDurable;
            }));
        }
        int notYetDurable = 0;
        for (Future<Integer> result : results) {
            notYetDurable += result.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(notYetDurable)
                .as("appends that returned before a commit held them")
                .isZero();
        assertThat(durable.get()).isEqualTo((long) threads * appendsEach);
        assertThat(commits.get())
                .as("commits for %d appends", threads * appendsEach)
                .isLessThan(threads * appendsEach / 2);
    }

    @Test
    void aFailedCommitFailsTheAppendThatRanItAndTheNextAppendCommitsAgain() {
        AtomicInteger calls = new AtomicInteger();
        GroupCommit group = new GroupCommit(
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("disk full");
                    }
                    slowCommit();
                },
                Duration.ofMillis(2));

        long first = append(group);
        assertThatThrownBy(() -> group.awaitCommitted(first)).hasMessage("disk full");
        long second = append(group);
        group.awaitCommitted(second);

        assertThat(durable.get()).isEqualTo(2);
    }

    /** An insert under the append lock, as the storage strategy does it. */
    private long append(GroupCommit group) {
        group.appendLock().lock();
        try {
            store.readLock().lock();
            try {
                LockSupport.parkNanos(20_000);
                acknowledged.incrementAndGet();
            } finally {
                store.readLock().unlock();
            }
            return group.inserted();
        } finally {
            group.appendLock().unlock();
        }
    }

    /** Makes durable what was acknowledged when it began, taking a millisecond. */
    private void slowCommit() {
        store.writeLock().lock();
        try {
            long holds = acknowledged.get();
            commits.incrementAndGet();
            LockSupport.parkNanos(1_000_000);
            durable.accumulateAndGet(holds, Math::max);
        } finally {
            store.writeLock().unlock();
        }
    }
}
