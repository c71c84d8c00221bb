package org.palimpsest.support;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One app on the embedded store for all the tests of a class, over a data directory of its own. */
public abstract class AppPerClass {

    @TempDir
    protected static Path dataDir;

    protected static RunningApp app;
    protected static Api api;

    @BeforeAll
    static void startApp() {
        app = RunningApp.embedded(dataDir);
        api = app.api();
    }

    @AfterAll
    static void stopApp() {
        app.close();
    }
}
