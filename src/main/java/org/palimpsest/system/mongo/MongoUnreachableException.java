package org.palimpsest.system.mongo;

import com.mongodb.MongoException;
import com.mongodb.MongoTimeoutException;
import java.time.Duration;
import java.util.List;

/** The configured MongoDB did not answer a ping at start, or refused it; {@link MongoUnreachableAnalyzer} tells the operator. */
class MongoUnreachableException extends RuntimeException {

    private final List<String> hosts;
    private final Duration waited;

    MongoUnreachableException(List<String> hosts, Duration waited, MongoException cause) {
        super(
                "MongoDB at " + String.join(", ", hosts)
                        + (cause instanceof MongoTimeoutException
                                ? " did not answer within " + waited.toMillis() + " ms: "
                                : " refused the start: ")
                        + firstLine(cause.getMessage()),
                cause);
        this.hosts = List.copyOf(hosts);
        this.waited = waited;
    }

    List<String> hosts() {
        return hosts;
    }

    Duration waited() {
        return waited;
    }

    /** The driver's timeout message lists the whole cluster state on one long line; its start says enough. */
    static String firstLine(String message) {
        if (message == null) {
            return "no answer";
        }
        String first = message.lines().findFirst().orElse(message);
        int state = first.indexOf(". Client view of cluster state");
        return state > 0 ? first.substring(0, state) : first;
    }
}
