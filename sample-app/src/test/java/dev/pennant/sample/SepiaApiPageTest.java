package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A developer opens "Use via API" on the sepia filter: the snippets upload a local picture with
 * {@code handle_file}, and the JavaScript one runs once the example file name is replaced by theirs.
 */
class SepiaApiPageTest {

    @Test
    void theImageSnippetsUseHandleFileAndTheJavaScriptOneRuns() {
        Path picture = DemoImages.png("api-page.png", DemoImages.WARM);
        try (Browser browser = new Browser(); RunningDemo demo = RunningDemo.of(SepiaFilter.class, "flagged-sepia")) {
            browser.open(demo.url());
            browser.driver.findElement(By.linkText("Use via API")).click();
            By js = By.cssSelector("section.pn-endpoint[data-api-name='sepia'] pre.pn-snippet-js");
            browser.wait.until(d -> !d.findElements(js).isEmpty());
            String javascript = browser.driver.findElement(js).getDomProperty("textContent");
            String python = browser.driver.findElement(By.cssSelector("section.pn-endpoint[data-api-name='sepia'] pre.pn-snippet-python"))
                    .getDomProperty("textContent");
            String curl = browser.driver.findElement(By.cssSelector("section.pn-endpoint[data-api-name='sepia'] pre.pn-snippet-curl"))
                    .getDomProperty("textContent");

            assertTrue(javascript.contains("import { Client, handle_file } from \"@gradio/client\";"), javascript);
            assertTrue(javascript.contains("im: handle_file(\"./example.png\"),"), javascript);
            assertTrue(python.contains("from gradio_client import Client, handle_file"), python);
            assertTrue(python.contains("im=handle_file(\"example.png\"),") && python.contains("api_name=\"/sepia\""), python);
            assertTrue(curl.contains("curl -s -F 'files=@example.png' " + demo.url() + "/gradio_api/upload"), curl);

            String mine = javascript.replace("\"./example.png\"", RunningDemo.JSON.valueToTree(picture.toString()).toString());
            NodeScripts.Result result = NodeScripts.run(List.of("--input-type=module"), Map.of(), mine);
            assertEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().contains("mime_type: 'image/png'") && result.output().contains("/gradio_api/file="),
                    "the filtered image as FileData:\n" + result.output());
        }
    }
}
