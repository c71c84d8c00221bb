package org.palimpsest.system.mongo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A real MongoDB that does not answer: which one, and the ways out, instead of a driver stack trace. */
class MongoUnreachableAnalyzer extends AbstractFailureAnalyzer<MongoUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MongoUnreachableException cause) {
        return new FailureAnalysis(
                cause.getMessage() + ".",
                "Start MongoDB there, or correct palimpsest.mongodb-uri (MONGODB_URI); from the host of docker compose"
                        + " use mongodb://localhost:27017/?directConnection=true; leave it empty for the embedded store."
                        + " palimpsest.mongodb-start-timeout sets how long the start waits.",
                cause);
    }
}
