package org.palimpsest.system.mongo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A second start on the same folder: one line that says whose it is and what to do, not a stack trace. */
class DataDirInUseAnalyzer extends AbstractFailureAnalyzer<DataDirInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirInUseException cause) {
        String who = cause.owner().isPresent()
                        && cause.owner().getAsLong() == ProcessHandle.current().pid()
                ? "another Palimpsest in this same process (pid "
                        + cause.owner().getAsLong() + ")"
                : cause.owner().isPresent()
                        ? "another Palimpsest (pid " + cause.owner().getAsLong() + ")"
                        : "another Palimpsest";
        return new FailureAnalysis(
                "The data folder " + cause.dataDir() + " is in use by " + who + ".",
                "Stop it, or set palimpsest.data-dir (PALIMPSEST_DATA_DIR) to another folder.",
                cause);
    }
}
