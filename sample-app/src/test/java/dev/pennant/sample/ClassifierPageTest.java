package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The guide's image classifier in Chromium: upload, see the label, flag with a reason. */
class ClassifierPageTest {

    private static Browser browser;
    private RunningDemo demo;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void launch() {
        demo = RunningDemo.of(ImageClassifier.class, "flagged-classifier");
        browser.open(demo.url());
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void flaggingAWarmPictureAsIncorrectWritesTheGuidesRow() throws Exception {
        browser.control("im").sendKeys(DemoImages.png("cat.png", DemoImages.WARM).toString());
        browser.awaitText("cat.png");
        browser.click("Submit");

        String top = browser.wait.until(d -> {
            String text = d.findElement(By.cssSelector(".pn-label-top")).getText();
            return text.isBlank() ? null : text;
        });
        assertEquals("cat", top);
        browser.awaitText("70%");

        browser.click("Flag as Incorrect");
        browser.awaitText("Flagged (1 total)");

        assertEquals("im,Output,flag_option\nim/0.png,\"{'cat': 0.7, 'dog': 0.3}\",Incorrect\n",
                Files.readString(demo.flaggingDir.resolve("logs.csv")));
        assertTrue(Files.isRegularFile(demo.flaggingDir.resolve("im/0.png")));
        assertTrue(Files.notExists(demo.flaggingDir.resolve("Output")), "a label output has no folder");
    }
}
