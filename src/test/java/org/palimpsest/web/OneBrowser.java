package org.palimpsest.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.palimpsest.support.AppPerClass;
import org.palimpsest.support.Chromium;

/** The real app of a test class, and one headless Chromium session on it, for the tests of one person at a time. */
abstract class OneBrowser extends AppPerClass {

    static Chromium browser;

    @BeforeAll
    static void startBrowser() {
        Chromium.assumeInstalled();
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        browser = null;
    }
}
