package dev.pennant.server.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.Calculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The "Use via API" page is served and linked from the app's footer; the page loads the queue client. */
class ApiPageTest {
    @RegisterExtension
    final ServedApp app = ServedApp.serving(Calculator.class);



    @Test
    void theFooterLinksToTheApiPageWhichLoadsItsScript() {
        String page = app.http.get("").body();
        assertTrue(page.contains("<a href=\"api\">Use via API</a>"), page);
        assertTrue(page.indexOf("assets/pennant-queue.js") < page.indexOf("assets/pennant.js"), "the queue client loads first");

        Http.Response api = app.http.get("api");
        assertEquals(200, api.status());
        assertTrue(api.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(api.body().contains("assets/pennant-api.js"));
        for (String asset : new String[] {"pennant-api.js", "pennant-api.css", "pennant-queue.js"}) {
            assertEquals(200, app.http.get("assets/" + asset).status(), asset);
        }
    }
}
