package org.palimpsest.system.mongo;

import java.nio.file.Path;
import java.util.OptionalLong;

/** Another Palimpsest holds the embedded store's folder; {@link DataDirInUseAnalyzer} tells the operator. */
class DataDirInUseException extends RuntimeException {

    private final Path dataDir;
    private final OptionalLong owner;

    DataDirInUseException(Path dataDir, OptionalLong owner) {
        super("the data folder " + dataDir + " is in use by another Palimpsest"
                + (owner.isPresent() ? " (pid " + owner.getAsLong() + ")" : ""));
        this.dataDir = dataDir;
        this.owner = owner;
    }

    Path dataDir() {
        return dataDir;
    }

    OptionalLong owner() {
        return owner;
    }
}
