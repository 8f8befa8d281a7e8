package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A person uses the sound, video, gallery and several-file demos in Chromium: chooses files with the
 * file input, plays and seeks in the players, walks the gallery with the keyboard, and flags results.
 */
class MediaPageTest {

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

    @AfterEach
    void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    private void open(Class<?> app, String flaggingDir) {
        demo = RunningDemo.of(app, flaggingDir);
        browser.open(demo.url());
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    /** Waits until the player found by {@code css} knows its duration, and returns it. */
    private WebElement loadedPlayer(String css) {
        return browser.wait.until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(player -> Boolean.TRUE.equals(js("return arguments[0].readyState >= 1 && isFinite(arguments[0].duration)", player)))
                .findFirst().orElse(null));
    }

    private double duration(WebElement player) {
        return ((Number) js("return arguments[0].duration", player)).doubleValue();
    }

    /** Seeks the player to {@code seconds} as dragging its bar does, and waits until it has seeked there. */
    private double seek(WebElement player, double seconds) {
        js("arguments[0].pennantSeeked = false; arguments[0].addEventListener('seeked', function () { arguments[0].pennantSeeked = true; }.bind(null, arguments[0]), {once: true}); arguments[0].currentTime = arguments[1];",
                player, seconds);
        browser.wait.until(d -> Boolean.TRUE.equals(js("return arguments[0].pennantSeeked", player)));
        return ((Number) js("return arguments[0].currentTime", player)).doubleValue();
    }

    @Test
    void aSoundIsUploadedPlayedBackwardsSeekedInAndFlagged() throws Exception {
        open(ReverseAudio.class, "flagged-reverse");
        Path sweep = DemoMedia.sweep("sweep.wav", 1.5, 200, 800);
        browser.control("audio").sendKeys(sweep.toString());
        browser.awaitText("sweep.wav");
        WebElement preview = loadedPlayer("audio.pn-audio-preview");
        assertEquals(1.5, duration(preview), 0.01, "the chosen file plays in the input's preview");

        browser.click("Submit");
        WebElement output = loadedPlayer(".pn-audio-output audio.pn-audio-player");
        assertEquals(1.5, duration(output), 0.01);
        assertEquals(true, js("return arguments[0].controls", output), "the player has controls, seek included");
        assertEquals(0.75, seek(output, 0.75), 0.05);
        assertTrue(browser.driver.findElement(By.cssSelector(".pn-audio-output a.pn-download")).isDisplayed());

        browser.click("Flag");
        browser.awaitText("Flagged (1 total)");
        Path dir = demo.flaggingDir;
        assertEquals("audio,Output\naudio/0.wav,Output/0.wav\n", Files.readString(dir.resolve("logs.csv")));
        short[] in = DemoMedia.samples(dir.resolve("audio/0.wav"));
        short[] out = DemoMedia.samples(dir.resolve("Output/0.wav"));
        assertArrayEquals(DemoMedia.samples(sweep), in, "the uploaded sound as it was");
        assertEquals(in.length, out.length);
        for (int i = 0; i < in.length; i += 997) {
            assertEquals(in[in.length - 1 - i], out[i], "sample " + i + " comes from the other end");
        }
    }

    @Test
    void theCommittedSoundExampleFillsTheInputAndPlays() throws Exception {
        open(ReverseAudio.class, "flagged-reverse");
        browser.wait.until(d -> d.findElement(By.cssSelector("#pn-examples-0 tr.pn-example[data-index='0']"))).click();
        browser.awaitText("0.wav");
        assertEquals(0.9, duration(loadedPlayer("audio.pn-audio-preview")), 0.01, "three notes of 0.3 s");
        browser.click("Submit");
        loadedPlayer(".pn-audio-output audio.pn-audio-player");
        browser.click("Flag");
        browser.awaitText("Flagged (1 total)");
        assertArrayEquals(Files.readAllBytes(Path.of("sample-app/examples/reverse/Output/0.wav")),
                Files.readAllBytes(demo.flaggingDir.resolve("Output/0.wav")), "the committed example's reversed sound");
    }

    @Test
    void aVideoIsUploadedReplayedSeekedWithRangesAndFlagged() throws Exception {
        open(VideoReplay.class, "flagged-replay");
        browser.control("video").sendKeys(DemoMedia.EXAMPLE_VIDEO.toAbsolutePath().toString());
        browser.awaitText("0.mp4");
        assertEquals(3.0, duration(loadedPlayer("video.pn-video-preview")), 0.05);

        browser.click("Submit");
        WebElement output = loadedPlayer(".pn-video-output video.pn-video-player");
        assertEquals(3.0, duration(output), 0.05);
        assertEquals(true, js("return arguments[0].loop", output), "@Video(loop = true)");
        assertEquals(2.0, seek(output, 2.0), 0.15);
        assertEquals(3.0, ((Number) js("var s = arguments[0].seekable; return s.length ? s.end(s.length - 1) : 0", output))
                .doubleValue(), 0.05, "the whole video is seekable");
        @SuppressWarnings("unchecked")
        Map<String, Object> range = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].currentSrc, {headers: {Range: 'bytes=1000-1999'}}).then(function (r) {"
                        + "  return r.arrayBuffer().then(function (b) { done({status: r.status, range: r.headers.get('Content-Range'), size: b.byteLength}); });"
                        + "});", output);
        assertEquals(206L, range.get("status"), "the page's file URL answers byte ranges");
        assertEquals("bytes 1000-1999/" + Files.size(DemoMedia.EXAMPLE_VIDEO), range.get("range"));
        assertEquals(1000L, range.get("size"));

        browser.click("Flag");
        browser.awaitText("Flagged (1 total)");
        assertEquals("video,Output\nvideo/0.mp4,Output/0.mp4\n", Files.readString(demo.flaggingDir.resolve("logs.csv")));
        assertArrayEquals(Files.readAllBytes(DemoMedia.EXAMPLE_VIDEO), Files.readAllBytes(demo.flaggingDir.resolve("video/0.mp4")));
    }

    @Test
    void aFileThatIsNotAVideoIsRefusedOnThePageNamingTheInput() {
        open(VideoReplay.class, "flagged-replay");
        browser.control("video").sendKeys(DemoMedia.text("notes.mp4", "not a video").toString());
        browser.awaitText("notes.mp4");
        browser.click("Submit");
        assertEquals("Invalid value for input \"video\": the file is not an MP4, WebM, Ogg, Matroska, QuickTime or AVI video",
                browser.awaitAlert());
    }

    @Test
    void aGalleryOfFiltersIsWalkedWithTheKeyboardAndFlaggedAsSeveralFiles() throws Exception {
        open(FilterGallery.class, "flagged-filters");
        browser.control("photo").sendKeys(DemoImages.png("photo.png", DemoImages.WARM).toString());
        browser.awaitText("photo.png");
        browser.click("Submit");

        List<WebElement> thumbs = browser.wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".pn-gallery-output button.pn-gallery-thumb"));
            return found.size() == 4 && found.stream().allMatch(t -> Boolean.TRUE.equals(
                    js("var i = arguments[0].querySelector('img'); return i.complete && i.naturalWidth === 40", t))) ? found : null;
        });
        WebElement large = browser.driver.findElement(By.cssSelector(".pn-gallery-preview img"));
        assertEquals("Output, image 1 of 4", large.getAttribute("alt"));
        assertEquals("true", thumbs.get(0).getAttribute("aria-pressed"));

        thumbs.get(0).sendKeys(Keys.ARROW_RIGHT);
        assertEquals("true", thumbs.get(1).getAttribute("aria-pressed"), "ArrowRight selects the next image");
        assertEquals(thumbs.get(1), browser.driver.switchTo().activeElement(), "and moves the focus to it");
        assertEquals("Output, image 2 of 4", large.getAttribute("alt"));
        thumbs.get(1).sendKeys(Keys.END);
        assertEquals("true", thumbs.get(3).getAttribute("aria-pressed"));
        thumbs.get(2).sendKeys(Keys.ENTER);
        assertEquals("Output, image 3 of 4", large.getAttribute("alt"), "Enter on a thumbnail selects it");

        browser.click("Flag");
        browser.awaitText("Flagged (1 total)");
        Path dir = demo.flaggingDir;
        assertEquals("photo,Output\nphoto/0.png,\"[{\"\"image\"\": \"\"Output/0.png\"\", \"\"caption\"\": null}, "
                + "{\"\"image\"\": \"\"Output/1.png\"\", \"\"caption\"\": null}, {\"\"image\"\": \"\"Output/2.png\"\", \"\"caption\"\": null}, "
                + "{\"\"image\"\": \"\"Output/3.png\"\", \"\"caption\"\": null}]\"\n", Files.readString(dir.resolve("logs.csv")));
        for (int i = 0; i < 4; i++) {
            assertTrue(Files.size(dir.resolve("Output/" + i + ".png")) > 0);
        }
    }

    @Test
    void severalFilesAreChosenAtOnceZippedAndFlagged() throws Exception {
        open(ZipFiles.class, "flagged-zip");
        Path big = DemoMedia.text("big.txt", "a rather longer line of text");
        Path small = DemoMedia.text("small.txt", "short");
        browser.control("files").sendKeys(big + "\n" + small);
        browser.awaitText("big.txt, small.txt");
        assertEquals(2, browser.driver.findElements(By.cssSelector(".pn-drop ul.pn-file-list li")).size());

        browser.click("Submit");
        assertEquals("small.txt (5 bytes), big.txt (28 bytes), in all 33 bytes", browser.awaitValue("sizes"));
        List<WebElement> links = browser.wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".pn-files-output li a.pn-download"));
            return found.size() == 2 ? found : null;
        });
        assertEquals("small.txt", links.get(0).getText());
        assertEquals("big.txt", links.get(1).getText());

        browser.click("Flag");
        browser.awaitText("Flagged (1 total)");
        Path dir = demo.flaggingDir;
        List<String> lines = Files.readAllLines(dir.resolve("logs.csv"));
        assertEquals("files,sizes,smallestFirst,zip", lines.get(0));
        assertEquals("\"[\"\"files/0.txt\"\", \"\"files/1.txt\"\"]\",\"small.txt (5 bytes), big.txt (28 bytes), in all 33 bytes\","
                + "\"[\"\"smallestFirst/0.txt\"\", \"\"smallestFirst/1.txt\"\"]\",zip/0.zip", lines.get(1));
        assertEquals("short", Files.readString(dir.resolve("smallestFirst/0.txt")));
        assertEquals("a rather longer line of text", Files.readString(dir.resolve("files/0.txt")));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(dir.resolve("zip/0.zip").toFile())) {
            assertEquals(List.of("big.txt", "small.txt"), zip.stream().map(java.util.zip.ZipEntry::getName).toList(),
                    "the flagged zip holds both files");
        }
    }
}
