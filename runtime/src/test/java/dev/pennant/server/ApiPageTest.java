package dev.pennant.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import dev.pennant.testapp.Calculator;
import dev.pennant.testapp.FlagDirs;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Use via API" page is served and linked from the app's footer; the page loads the queue client. */
class ApiPageTest {
    @TempDir
    Path temp;
    PennantServer server;
    Http http;

    @BeforeEach
    void start() {
        FlagDirs.use(temp.resolve("flagged"));
        server = Pennant.builder().serve(Calculator.class).port(0).environment(Map.of()).start();
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theFooterLinksToTheApiPageWhichLoadsItsScript() {
        String page = http.get("").body();
        assertTrue(page.contains("<a href=\"api\">Use via API</a>"), page);
        assertTrue(page.indexOf("assets/pennant-queue.js") < page.indexOf("assets/pennant.js"), "the queue client loads first");

        Http.Response api = http.get("api");
        assertEquals(200, api.status());
        assertTrue(api.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(api.body().contains("assets/pennant-api.js"));
        for (String asset : new String[] {"pennant-api.js", "pennant-api.css", "pennant-queue.js"}) {
            assertEquals(200, http.get("assets/" + asset).status(), asset);
        }
    }
}
