package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** While the slow demo runs, the page shows a labelled progress bar; it goes away with the result. */
class SlowCountPageTest {

    private Browser browser;
    private RunningDemo demo;

    @BeforeEach
    void launch() {
        browser = new Browser();
        demo = RunningDemo.of(SlowCount.class);
        browser.open(demo.url());
    }

    @AfterEach
    void stop() {
        demo.close();
        browser.close();
    }

    @Test
    void aLabelledProgressBarFillsWhileCountingAndHidesAfterwards() {
        browser.fill("steps", "40"); // two seconds of counting: long enough to watch the bar
        browser.click("Submit");

        WebElement bar = browser.wait.until(d -> d.findElements(By.cssSelector("progress[id^='pn-progress-bar-']")).stream()
                .filter(p -> p.isDisplayed() && p.getDomAttribute("value") != null
                        && Double.parseDouble(p.getDomAttribute("value")) > 0)
                .findFirst().orElse(null));
        WebElement label = browser.driver.findElement(By.cssSelector("label[for='" + bar.getDomAttribute("id") + "']"));
        assertTrue(label.getText().startsWith("Counting"), label.getText());

        assertEquals("Counted to 40", browser.awaitValue("Output"));
        browser.wait.until(d -> !bar.isDisplayed());
    }
}
