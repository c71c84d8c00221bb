package org.palimpsest.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.palimpsest.support.AppPerClass;
import org.palimpsest.support.Chromium;

/** The real app of a test class, and two headless Chromium sessions on it (two people side by side). */
abstract class TwoBrowsers extends AppPerClass {

    static Chromium first;
    static Chromium second;

    @BeforeAll
    static void startBrowsers() {
        Chromium.assumeInstalled();
        first = Chromium.start();
        second = Chromium.start();
    }

    @AfterAll
    static void stopBrowsers() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        first = null;
        second = null;
    }
}
