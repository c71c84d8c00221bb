package org.palimpsest.system.mongo;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.palimpsest.support.RunningApp;

/** The store contract on the embedded server, always. */
class EmbeddedMongoStoreTest extends MongoStoreContract {

    @TempDir
    Path dataDir;

    @Override
    RunningApp start(String... args) {
        return RunningApp.embedded(dataDir, args);
    }
}
