package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Markup in a title, description, article, labels, choices, an example, a flag option and a result
 * is shown as the text it is, in Chromium: no element is injected and no script runs.
 */
class HostilePageTest {
    private static Browser browser;
    private static RunningDemo demo;

    @BeforeAll
    static void start() {
        demo = RunningDemo.of(Hostile.class, "flagged-hostile");
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        demo.close();
    }

    @Test
    void everyTextIsShownLiterallyAndNothingRuns() throws Exception {
        browser.open(demo.url());
        browser.awaitText("Title " + Hostile.IMG);
        String page = browser.driver.findElement(By.tagName("body")).getText();
        for (String text : List.of("Title " + Hostile.IMG, "Description " + Hostile.SCRIPT, "Article " + Hostile.IMG + Hostile.SCRIPT,
                "Text " + Hostile.IMG, "Choice " + Hostile.SCRIPT, "Pick " + Hostile.IMG, "<b>bold</b>", "Echo " + Hostile.IMG)) {
            assertTrue(page.contains(text), "shown literally: " + text + "\nin:\n" + page);
        }

        // The example row fills the inputs with markup; submitting echoes it back as JSON; flagging records it.
        browser.wait.until(d -> !d.findElements(By.cssSelector("tr.pn-example")).isEmpty());
        browser.driver.findElement(By.cssSelector("tr.pn-example")).click();
        browser.click("Submit");
        browser.awaitText("\"text\": \"<img src=x onerror=\\\"window.pwned='img'\\\">\"");
        WebElement flag = browser.wait.until(d -> d.findElements(By.cssSelector("button.pn-flag")).stream()
                .filter(b -> b.getText().equals("Flag as " + Hostile.IMG)).findFirst().orElse(null));
        flag.click();
        browser.awaitText("Flagged (1 total)");

        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        assertEquals(Boolean.TRUE, js.executeScript("return window.pwned === undefined"), "no injected script or handler ran");
        assertEquals(0L, js.executeScript("return document.querySelectorAll('img[src=x], main b, body script:not([src])').length"),
                "no element was made from the text");
        assertTrue(Files.readString(demo.flaggingDir.resolve("logs.csv")).contains("window.pwned"), "the flag was recorded");
    }
}
