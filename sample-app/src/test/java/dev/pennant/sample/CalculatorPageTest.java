package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A person uses the calculator page in Chromium: fills the inputs, submits, flags, and sees errors. */
class CalculatorPageTest {

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
        demo = RunningDemo.of(Calculator.class);
        browser.open(demo.url());
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void computingFiveAddSevenAndFlaggingItWritesTheGuidesRow() {
        assertFalse(browser.button("Flag").isEnabled(), "nothing to flag before a result");

        browser.fill("num1", "5");
        browser.choose("add");
        browser.fill("num2", "7");
        browser.click("Submit");

        assertEquals("12", browser.awaitValue("Output"));
        browser.click("Flag");
        browser.awaitText("Flagged (1 total)");

        assertTrue(Files.exists(demo.flaggingDir.resolve("logs.csv")));
        assertEquals("num1,operation,num2,Output\n5,add,7,12\n", demo.flaggedLog());
    }

    @Test
    void afterFlaggingByKeyboardTheFocusIsStillOnTheButton() {
        browser.fill("num1", "2");
        browser.choose("multiply");
        browser.fill("num2", "3");
        browser.click("Submit");
        assertEquals("6", browser.awaitValue("Output"));

        WebElement flag = browser.button("Flag");
        flag.sendKeys(Keys.ENTER);
        browser.awaitText("Flagged (1 total)");
        browser.wait.until(d -> flag.equals(d.switchTo().activeElement()));
        assertEquals("num1,operation,num2,Output\n2,multiply,3,6\n", demo.flaggedLog());
    }

    @Test
    void dividingByZeroShowsTheMessage() {
        browser.fill("num1", "1");
        browser.choose("divide");
        browser.fill("num2", "0");
        browser.click("Submit");

        assertEquals("Cannot divide by zero!", browser.awaitAlert());
        assertFalse(browser.button("Flag").isEnabled(), "a failed prediction has nothing to flag");
    }

    @Test
    void clearEmptiesTheInputsAndTheOutput() {
        browser.fill("num1", "6");
        browser.choose("subtract");
        browser.fill("num2", "1.5");
        browser.click("Submit");
        assertEquals("4.5", browser.awaitValue("Output"));

        browser.click("Clear");

        assertEquals("", browser.valueOf("num1"));
        assertEquals("", browser.valueOf("Output"));
    }
}
