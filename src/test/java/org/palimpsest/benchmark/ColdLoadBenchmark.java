package org.palimpsest.benchmark;

import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.palimpsest.support.RunningApp;

/**
 * What a cache miss costs: the entry is dropped from the aggregate cache and loaded through the app's own
 * repository (snapshot plus the events after it, as a command would). Dropping one entry gives the same
 * miss a restart would, without a restart per sample.
 */
final class ColdLoadBenchmark {

    private final Cache cache;
    private final Repository<?> repository;

    ColdLoadBenchmark(RunningApp app) {
        this.cache = app.bean(Cache.class);
        this.repository = app.bean(Repository.class);
    }

    double once(String id) {
        cache.remove(id);
        long start = System.nanoTime();
        DefaultUnitOfWork.startAndGet(null).execute(() -> repository.load(id));
        return BenchmarkStats.millis(System.nanoTime() - start);
    }
}
