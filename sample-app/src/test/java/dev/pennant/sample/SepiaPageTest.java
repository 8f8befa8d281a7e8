package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** A person uses the guide's sepia filter in Chromium: uploads a PNG, submits, sees the result, flags it. */
class SepiaPageTest {

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
        demo = RunningDemo.of(SepiaFilter.class, "flagged-sepia");
        browser.open(demo.url());
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    /** Waits until an image inside {@code css} has loaded, and returns it. */
    private WebElement loadedImage(String css) {
        return browser.wait.until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(img -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0", img)))
                .findFirst().orElse(null));
    }

    @Test
    void uploadingAPhotoSubmittingAndFlaggingWritesTheGuidesFiles() throws Exception {
        Path photo = DemoImages.png("photo.png", DemoImages.WARM);
        browser.control("im").sendKeys(photo.toString());
        loadedImage(".pn-image-preview");
        browser.awaitText("photo.png");

        browser.click("Submit");
        WebElement output = loadedImage(".pn-image-output img");
        assertEquals(40L, ((JavascriptExecutor) browser.driver).executeScript("return arguments[0].naturalWidth", output));

        browser.click("Flag");
        browser.awaitText("Flagged (1 total)");

        Path dir = demo.flaggingDir;
        assertEquals("im,Output\nim/0.png,Output/0.png\n", Files.readString(dir.resolve("logs.csv")));
        BufferedImage flaggedInput = ImageIO.read(dir.resolve("im/0.png").toFile());
        BufferedImage flaggedOutput = ImageIO.read(dir.resolve("Output/0.png").toFile());
        assertNotNull(flaggedInput, "im/0.png is a PNG");
        assertNotNull(flaggedOutput, "Output/0.png is a PNG");
        assertEquals(DemoImages.WARM.getRGB(), flaggedInput.getRGB(0, 0), "the photo as uploaded");
        assertEquals(SepiaFilter.sepia(DemoImages.picture(DemoImages.WARM, 1, 1)).getRGB(0, 0), flaggedOutput.getRGB(0, 0),
                "the sepia result as shown");
    }

    @Test
    void clickingAnImageExampleLoadsItAsTheInputAndSubmittingFiltersIt() throws Exception {
        WebElement thumbnail = loadedImage("#pn-examples-0 img.pn-example-thumb");
        assertEquals(96L, ((JavascriptExecutor) browser.driver).executeScript("return arguments[0].naturalWidth", thumbnail),
                "the thumbnail shows the committed example picture");

        browser.driver.findElement(By.cssSelector("#pn-examples-0 tr.pn-example[data-index='0']")).click();
        WebElement preview = loadedImage(".pn-image-preview");
        assertEquals(96L, ((JavascriptExecutor) browser.driver).executeScript("return arguments[0].naturalWidth", preview),
                "the example fills the image input, with its preview");
        browser.awaitText("0.png");

        browser.click("Submit");
        WebElement output = loadedImage(".pn-image-output img");
        assertEquals(64L, ((JavascriptExecutor) browser.driver).executeScript("return arguments[0].naturalHeight", output));

        browser.click("Flag");
        browser.awaitText("Flagged (1 total)");
        assertEquals("im,Output\nim/0.png,Output/0.png\n", Files.readString(demo.flaggingDir.resolve("logs.csv")));
        BufferedImage example = ImageIO.read(Path.of("sample-app/examples/sepia/im/0.png").toFile());
        BufferedImage flagged = ImageIO.read(demo.flaggingDir.resolve("im/0.png").toFile());
        assertEquals(example.getRGB(10, 50), flagged.getRGB(10, 50), "the example's picture was flagged as the input");
    }

    @Test
    void aSecondFlagGetsTheNextNumbers() throws Exception {
        browser.control("im").sendKeys(DemoImages.png("one.png", DemoImages.WARM).toString());
        browser.awaitText("one.png");
        browser.click("Submit");
        loadedImage(".pn-image-output img");
        browser.click("Flag");
        browser.awaitText("Flagged (1 total)");

        browser.control("im").sendKeys(DemoImages.png("two.png", DemoImages.COOL).toString());
        browser.awaitText("two.png");
        browser.click("Submit");
        browser.awaitText("Download");
        browser.click("Flag");
        browser.awaitText("Flagged (2 total)");

        assertEquals("im,Output\nim/0.png,Output/0.png\nim/1.png,Output/1.png\n", Files.readString(demo.flaggingDir.resolve("logs.csv")));
        assertTrue(Files.isRegularFile(demo.flaggingDir.resolve("Output/1.png")));
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithAMessage() throws Exception {
        Path notes = Path.of("test-images").toAbsolutePath().resolve("notes.png");
        Files.createDirectories(notes.getParent());
        Files.writeString(notes, "these are notes, not a picture");
        browser.control("im").sendKeys(notes.toString());
        browser.awaitText("notes.png");
        browser.click("Submit");

        assertEquals("Invalid value for input \"im\": the file is not a PNG, JPEG, GIF or BMP image", browser.awaitAlert());
        assertFalse(browser.button("Flag").isEnabled(), "nothing to flag");
    }

    @Test
    void submittingWithoutAnImageAsksForOne() {
        browser.click("Submit");
        assertEquals("Upload an image first", browser.awaitAlert());
    }
}
