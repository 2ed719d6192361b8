package io.claimdesk.desk;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium driving the desk, with the waits the tests share. Only the Debian chromedriver is used. */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Generous: the build machine may be busy with other builds. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    // Selenium warns that it has no devtools bindings for this Chromium version; the tests use none.
    private static final Logger CDP_WARNINGS = Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver");

    static {
        CDP_WARNINGS.setLevel(Level.SEVERE);
    }

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String root;
    private final Path profile;

    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: no Chromium at " + CHROMIUM + " with " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver)");
    }

    Browser(URL root) {
        this.root = root.toString().replaceAll("/$", "");
        try {
            profile = Files.createTempDirectory("desk-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
        wait = new WebDriverWait(driver, PATIENCE);
    }

    /** Opens the desk at a route (a hash such as #/claims) as a fresh page, and waits until it is shown. */
    void load(String route) {
        driver.get(root + "/" + route);
        waitForRoute(route);
    }

    /** Moves to another route within the page, keeping the sign-in, and waits until it is shown. */
    void go(String route) {
        js("location.hash = arguments[0]", route);
        waitForRoute(route);
    }

    void waitForRoute(String route) {
        wait.until(d -> Boolean.TRUE.equals(js(
                "const main = document.getElementById('main');"
                        + "return main.dataset.route === arguments[0] && !main.hasAttribute('aria-busy');",
                route)));
    }

    /** Waits until the page has finished showing what the last action changed. */
    void waitIdle() {
        wait.until(d -> Boolean.TRUE.equals(js("return !document.getElementById('main').hasAttribute('aria-busy')")));
    }

    void signIn(String user, String role) {
        if (!driver.findElements(By.id("sign-out")).isEmpty()) {
            driver.findElement(By.id("sign-out")).click();
        }
        WebElement name = wait.until(ExpectedConditions.elementToBeClickable(By.id("dev-user")));
        name.clear();
        name.sendKeys(user);
        new Select(driver.findElement(By.id("dev-role"))).selectByValue(role);
        driver.findElement(By.id("dev-sign-in")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account"), "Signed in as " + user));
        waitIdle();
    }

    /** Clicks and waits for the notice the action shows when it is done. */
    void act(By control, String notice) {
        wait.until(ExpectedConditions.elementToBeClickable(control)).click();
        awaitNotice(notice);
    }

    void awaitNotice(String notice) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#main .notice"), notice));
        } catch (TimeoutException e) {
            throw new AssertionError("No notice \"" + notice + "\"; the page shows problems: "
                    + driver.findElements(By.cssSelector("#main .problem")).stream().map(WebElement::getText).toList(), e);
        }
        waitIdle();
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The value shown for a fact of the claim summary, such as "Status". */
    String fact(String term) {
        return find(By.xpath("//dl[contains(@class,'summary')]/div[dt[normalize-space()='" + term + "']]/dd")).getText();
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Lays the page out as on a phone of the given width. */
    void narrow(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 812, "deviceScaleFactor", 1, "mobile", true));
    }

    void wide() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Saves what the page shows, for the README. */
    void screenshot(String name) {
        Path file = Path.of("docs", "screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            js("document.activeElement?.blur(); window.scrollTo(0, 0)");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical axe-core violations on the page, one line each. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        try (InputStream axe = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            js(new String(axe.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))));
                """);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile harms nothing.
        }
    }
}
