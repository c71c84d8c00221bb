package org.palimpsest.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through its chromedriver, headless, with a profile of its own: nothing is downloaded at
 * run time. Where chromedriver is not installed (a developer's machine without it) the test is skipped; CI
 * installs it (.ci/run).
 */
public final class Chromium implements AutoCloseable {

    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test unless chromedriver and Chromium are installed. */
    public static void assumeInstalled() {
        assumeTrue(
                Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER),
                "chromedriver and chromium are not installed (apt-get install chromium chromium-driver)");
    }

    public static Chromium start() {
        assumeInstalled();
        try {
            Path profile = Files.createTempDirectory("palimpsest-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,800",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(PATIENCE);
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Every request of the page from now on waits this long for its answer, as on a slow line. */
    public void slowNetwork(Duration latency) {
        ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
        slow.setLatency(latency);
        driver.setNetworkConditions(slow);
    }

    /** Every request of the page from now on fails, as when the line is down. */
    public void offline() {
        ChromiumNetworkConditions down = new ChromiumNetworkConditions();
        down.setOffline(true);
        driver.setNetworkConditions(down);
    }

    public void normalNetwork() {
        driver.deleteNetworkConditions();
    }

    /** Saves what the window shows as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a profile left in the temp directory harms nothing
            }
        }
    }
}
