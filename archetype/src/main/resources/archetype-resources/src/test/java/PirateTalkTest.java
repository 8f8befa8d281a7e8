package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PirateTalkTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aPirateSaysItBack() {
        assertEquals("Ahoy me matey, arr!", PirateTalk.pirate("Hello my friend", false));
        assertEquals("AYE, YE BE RIGHT, ARR!", PirateTalk.pirate("Yes, you are right", true));
    }

    @Test
    void theAppAnswersOverHttpAndAFlagLandsInTheLog() throws Exception {
        deleteFlaggedData();   // the tests run in target/test-run (see the pom)
        try (PennantServer server = Pennant.builder().serve(PirateTalk.class).port(0).environment(Map.of()).start()) {
            String answer = post(server, "gradio_api/run/predict", "{\"data\": [\"Hello my friend\", false]}");
            assertTrue(answer.contains("\"Ahoy me matey, arr!\""), answer);

            String flagged = post(server, "gradio_api/flag/predict", "{\"event_id\": \"" + eventId(answer) + "\"}");
            assertEquals("{\"count\":1}", flagged.replace(" ", ""));
        }
        assertEquals(List.of("sentence,shout,Output", "Hello my friend,false,\"Ahoy me matey, arr!\""),
                Files.readAllLines(Path.of("flagged", "logs.csv")));
    }

    private static String post(PennantServer server, String route, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve(route))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String eventId(String answer) {
        Matcher id = Pattern.compile("\"event_id\"\\s*:\\s*\"([^\"]+)\"").matcher(answer);
        assertTrue(id.find(), answer);
        return id.group(1);
    }

    private static void deleteFlaggedData() throws Exception {
        Path flagged = Path.of("flagged");
        if (Files.exists(flagged)) {
            try (Stream<Path> paths = Files.walk(flagged)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
