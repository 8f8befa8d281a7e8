package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** The postcard demo in Chromium: every input opens with its declared default, and Clear brings them back. */
class DefaultsPageTest {

    private static final String DEFAULT_CARD = "Ahoy, Grandma! 12 days in the mountains, sunshine 7/10. With love.";

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
        demo = RunningDemo.of(Postcard.class);
        browser.open(demo.url());
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private void assertTheDefaultsAreShown() {
        assertEquals("Grandma", browser.valueOf("To"));
        assertTrue(browser.control("Ahoy").isSelected(), "Opening: Ahoy");
        assertFalse(browser.control("Greetings").isSelected());
        assertEquals("mountains", new Select(browser.control("Place")).getFirstSelectedOption().getText());
        assertEquals("12", browser.valueOf("Days away"));
        assertEquals("7", browser.valueOf("Sunshine"));
        assertTrue(browser.control("Send love").isSelected(), "Send love: ticked");
    }

    @Test
    void thePageOpensWithEveryDefaultAndSubmitsThem() {
        assertTheDefaultsAreShown();
        browser.click("Submit");
        assertEquals(DEFAULT_CARD, browser.awaitValue("Output"));
    }

    @Test
    void clearBringsTheDefaultsBackAfterTheUserChangedThem() {
        browser.awaitValue("To");
        browser.fill("To", "Bob");
        browser.choose("Greetings");
        new Select(browser.control("Place")).selectByVisibleText("beach");
        browser.fill("Days away", "3");
        browser.control("Sunshine").sendKeys(Keys.HOME); // the keyboard's way to the slider's minimum
        browser.choose("Send love");
        browser.click("Submit");
        assertEquals("Greetings, Bob! 3 days in the beach, sunshine 0/10.", browser.awaitValue("Output"));

        browser.click("Clear");

        assertTheDefaultsAreShown();
        assertEquals("", browser.valueOf("Output"));
        browser.click("Submit");
        browser.wait.until(d -> browser.valueOf("Output").equals(DEFAULT_CARD));
    }

    @Test
    void configCarriesEachDeclaredDefaultAsTheInitialValue() {
        JsonNode config = demo.get("/config").json();
        Map<String, JsonNode> values = new HashMap<>();
        for (JsonNode component : config.get("components")) {
            JsonNode props = component.get("props");
            values.put(props.get("label").asText(), props.get("value"));
        }
        assertEquals("Grandma", values.get("To").asText());
        assertEquals("Ahoy", values.get("Opening").asText());
        assertEquals("mountains", values.get("Place").asText());
        assertEquals(12.0, values.get("Days away").asDouble());
        assertEquals(7.0, values.get("Sunshine").asDouble());
        assertTrue(values.get("Send love").asBoolean());
        assertEquals("", values.get("Output").asText(), "the output opens empty");
    }
}
