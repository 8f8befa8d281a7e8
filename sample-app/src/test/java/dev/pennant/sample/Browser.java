package dev.pennant.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven the way a person uses the page: controls are found by their label,
 * buttons by their text. Nothing is downloaded; the browser and driver come from
 * {@code apt-get install chromium chromium-driver}.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("pennant.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("pennant.chromedriver", "/usr/bin/chromedriver");

    private final Path profile;
    final WebDriver driver;
    final WebDriverWait wait;

    Browser() {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("Chromium end-to-end tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        try {
            profile = Files.createTempDirectory("pennant-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Without the driver path, Selenium Manager would try to download a driver first.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile));
        driver = new ChromeDriver(options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    void open(String url) {
        driver.get(url);
    }

    /** The control whose {@code <label>} reads exactly {@code text}. */
    WebElement control(String text) {
        wait.until(d -> !d.findElements(labelled(text)).isEmpty());
        WebElement label = driver.findElement(labelled(text));
        String target = label.getAttribute("for");
        if (target != null && !target.isEmpty()) {
            return driver.findElement(By.id(target));
        }
        return label.findElement(By.xpath(".//input|.//select|.//textarea|.//output"));
    }

    /**
     * Types into the field labelled {@code text}, replacing what was there. Tried again if the page
     * re-renders the field meanwhile (e.g. right after logging in), as a person would simply retype.
     */
    void fill(String label, String value) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement field = control(label);
            field.clear();
            field.sendKeys(value);
            return true;
        });
    }

    /** Picks the radio button or checkbox labelled {@code text}. */
    void choose(String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            control(text).click();
            return true;
        });
    }

    WebElement button(String text) {
        By byText = By.xpath("//button[normalize-space()=" + literal(text) + "]");
        wait.until(d -> !d.findElements(byText).isEmpty());
        return driver.findElement(byText);
    }

    void click(String buttonText) {
        WebElement button = button(buttonText);
        wait.until(d -> button.isEnabled());
        button.click();
    }

    /** What the field labelled {@code text} shows: its value for form fields, its text otherwise. */
    String valueOf(String text) {
        WebElement field = control(text);
        String value = field.getDomProperty("value");
        return value != null ? value : field.getText();
    }

    /** Waits until the field labelled {@code text} shows a value, and returns it. */
    String awaitValue(String text) {
        return wait.until(d -> {
            String value = valueOf(text);
            return value == null || value.isBlank() ? null : value;
        });
    }

    /** Waits until some alert on the page says something, and returns it. */
    String awaitAlert() {
        return wait.until(d -> d.findElements(By.cssSelector("[role=alert]")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .findFirst()
                .orElse(null));
    }

    /** Waits until the page's text contains {@code text}. */
    void awaitText(String text) {
        // The page may be replaced while it is read (logging in navigates to the app): read the new one.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    private static By labelled(String text) {
        return By.xpath("//label[normalize-space()=" + literal(text) + "]");
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
        RunningDemo.deleteRecursively(profile);
    }
}
