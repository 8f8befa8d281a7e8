package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A person flags with option buttons, sees the count, logs in, and clicks examples, in Chromium. */
class FlaggingPageTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void optionButtonsShowTheLabelsAndStoreTheValues() throws Exception {
        Path dir = Path.of("flagged_summaries").toAbsolutePath();
        RunningDemo.deleteRecursively(dir);
        try (RunningDemo demo = RunningDemo.of(Summarizer.class)) {
            browser.open(demo.url());
            browser.button("Mark as incorrect"); // waits until the page has rendered
            List<String> buttons = browser.driver.findElements(By.cssSelector("button.pn-flag")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Mark as incorrect", "Mark as offensive", "Mark as problematic"), buttons);

            browser.fill("text", "Flags help. They log.");
            browser.click("Submit");
            assertEquals("Flags help.", browser.awaitValue("Output"));
            browser.click("Mark as offensive");
            browser.awaitText("Flagged (1 total)");
            assertEquals("text,Output,flag_option\nFlags help. They log.,Flags help.,offensive\n",
                    Files.readString(dir.resolve("logs.csv")));

            browser.fill("text", "Second one. Yes.");
            browser.click("Submit");
            browser.wait.until(d -> browser.valueOf("Output").equals("Second one."));
            browser.click("Mark as incorrect");
            browser.awaitText("Flagged (2 total)");
        }
    }

    @Test
    void aUserLogsInAndTheirFlagsCarryTheirName() throws Exception {
        try (RunningDemo demo = RunningDemo.withLogin(Calculator.class, "alice", "wonderland")) {
            browser.driver.manage().deleteAllCookies();
            browser.open(demo.url());
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/login"));

            browser.fill("Username", "alice");
            browser.fill("Password", "not it");
            browser.click("Log in");
            assertEquals("Incorrect username or password", browser.awaitAlert());

            browser.fill("Password", "wonderland");
            browser.click("Log in");
            browser.awaitText("Logged in as alice");
            browser.fill("num1", "5");
            browser.choose("add");
            browser.fill("num2", "7");
            browser.click("Submit");
            assertEquals("12", browser.awaitValue("Output"));
            browser.click("Flag");
            browser.awaitText("Flagged (1 total)");
            assertEquals("num1,operation,num2,Output,username\n5,add,7,12,alice\n", demo.flaggedLog());

            browser.driver.findElement(By.linkText("Log out")).click();
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        }
    }

    @Test
    void clickingAnExampleFillsTheInputs() {
        try (RunningDemo calculator = RunningDemo.of(Calculator.class)) {
            calculator.post("/gradio_api/flag/predict", "{\"event_id\":\"" + calculator.predict("[5, \"add\", 7]") + "\"}");
            calculator.post("/gradio_api/flag/predict", "{\"event_id\":\"" + calculator.predict("[6, \"subtract\", 1.5]") + "\"}");
        }
        assertTrue(Files.exists(Path.of("flagged", "logs.csv")));
        try (RunningDemo demo = RunningDemo.of(CalculatorExamples.class, false)) {
            browser.open(demo.url());
            browser.awaitText("Examples");
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("tr.pn-example"));
            assertEquals(2, rows.size());
            assertEquals("6 subtract 1.5", rows.get(1).getText());

            rows.get(1).click();
            assertEquals("6", browser.valueOf("num1"));
            assertTrue(browser.control("subtract").isSelected());
            assertEquals("1.5", browser.valueOf("num2"));
            browser.click("Submit");
            assertEquals("4.5", browser.awaitValue("Output"));
        }
    }
}
