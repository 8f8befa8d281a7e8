package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A developer follows "Use via API" from the calculator's footer, copies the snippets, and they
 * run as shown: the JavaScript one with @gradio/client, the curl one with curl.
 */
class ApiPageTest {

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
        browser.driver.findElement(By.linkText("Use via API")).click();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private String snippet(String kind) {
        By selector = By.cssSelector("section.pn-endpoint[data-api-name='predict'] pre.pn-snippet-" + kind);
        browser.wait.until(d -> !d.findElements(selector).isEmpty());
        WebElement pre = browser.driver.findElement(selector);
        return pre.getDomProperty("textContent");
    }

    @Test
    void theJavaScriptSnippetRunsWithGradiosClient() {
        String js = snippet("js");
        assertTrue(js.contains("Client.connect(\"" + demo.url() + "\")"), js);
        assertTrue(js.contains("num1: 3") && js.contains("operation: \"add\"") && js.contains("num2: 3"), js);

        NodeScripts.Result result = NodeScripts.run(List.of("--input-type=module"), Map.of(), js);
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("[ 6 ]"), "3 add 3:\n" + result.output());
    }

    @Test
    void thePythonSnippetUsesTheAppsUrlAndParameterNames() {
        String python = snippet("python");
        assertTrue(python.contains("from gradio_client import Client"), python);
        assertTrue(python.contains("Client(\"" + demo.url() + "/\")"), python);
        assertTrue(python.contains("num1=3,") && python.contains("operation=\"add\",") && python.contains("num2=3,"), python);
        assertTrue(python.contains("api_name=\"/predict\""), python);
    }

    @Test
    void theCurlSnippetRunsTheTwoStepCall() throws Exception {
        String curl = snippet("curl");
        assertTrue(curl.contains(demo.url() + "/gradio_api/call/predict"), curl);

        Process bash = new ProcessBuilder("bash", "-c", curl).redirectErrorStream(true).start();
        boolean finished = bash.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            bash.destroyForcibly().waitFor();
        }
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(finished, output);
        assertEquals("event: complete\ndata: [6]\n\n", output);
    }

    @Test
    void theParameterTableListsEveryInput() {
        snippet("js");
        List<String> names = browser.driver.findElements(By.cssSelector("table.pn-params tr[data-parameter]")).stream()
                .map(row -> row.getDomAttribute("data-parameter")).toList();
        assertEquals(List.of("num1", "operation", "num2"), names);
    }

}
