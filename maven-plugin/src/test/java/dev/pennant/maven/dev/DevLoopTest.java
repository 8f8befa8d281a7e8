package dev.pennant.maven.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevLoopTest {

    private static String greeter(Path flagged, String greeting) {
        return """
                package demo;

                import dev.pennant.Interface;

                public class Greeter {
                    @Interface(flaggingDir = "%s")
                    public static String greet(String name) {
                        return "%s, " + name + "!";
                    }
                }
                """.formatted(flagged.toString().replace("\\", "\\\\"), greeting);
    }

    private static final String SHOUTER = """
            package demo;

            import dev.pennant.FlaggingMode;
            import dev.pennant.Interface;
            import java.util.Locale;

            public class Shouter {
                @Interface(apiName = "shout", flaggingMode = FlaggingMode.NEVER)
                public static String shout(String text) {
                    return text.toUpperCase(Locale.ROOT);
                }
            }
            """;

    @Test
    void anEditedMethodAnswersOnTheSamePortAndFlagsKeepGoingToTheSameLog(@TempDir Path dir) throws Exception {
        Path flagged = dir.resolve("flagged");
        try (DevProject project = new DevProject(dir).write("demo/Greeter.java", greeter(flagged, "Hello")).start()) {
            int port = project.port();
            Http.Answer first = predict(port, "predict", "Ada");
            assertTrue(first.body().contains("\"Hello, Ada!\""), first.body());
            assertEquals(200, flag(port, "predict", first).status());

            project.write("demo/Greeter.java", greeter(flagged, "Howdy"));
            project.await("the edited greeting", () -> predict(port, "predict", "Ada").body().contains("\"Howdy, Ada!\""));
            assertEquals(port, project.port());
            Http.Answer flaggedAgain = flag(port, "predict", predict(port, "predict", "Bo"));
            assertEquals("{\"count\":2}", flaggedAgain.body().replace(" ", ""));
            assertEquals(List.of("name,Output", "Ada,\"Hello, Ada!\"", "Bo,\"Howdy, Bo!\""),
                    Files.readAllLines(flagged.resolve("logs.csv")));
        }
    }

    @Test
    void anAddedInterfaceIsServedBesideTheFirst(@TempDir Path dir) throws Exception {
        try (DevProject project = new DevProject(dir).write("demo/Greeter.java", greeter(dir.resolve("flagged"), "Hello"))
                .start()) {
            int port = project.port();
            assertEquals(404, predict(port, "shout", "ahoy").status());

            project.write("demo/Shouter.java", SHOUTER);
            project.await("the added interface", () -> predict(port, "shout", "ahoy").body().contains("\"AHOY\""));
            assertTrue(predict(port, "predict", "Ada").body().contains("\"Hello, Ada!\""));
        }
    }

    @Test
    void aCompileErrorIsShownOnThePageAndInTheConsoleUntilItIsFixed(@TempDir Path dir) throws Exception {
        Path flagged = dir.resolve("flagged");
        try (DevProject project = new DevProject(dir).write("demo/Greeter.java", greeter(flagged, "Hello")).start()) {
            int port = project.port();
            project.write("demo/Greeter.java", greeter(flagged, "Hello").replace("\"!\";", "\"!\""));

            project.await("the error page", () -> Http.getPage(port, "/").status() == 503);
            Http.Answer page = Http.getPage(port, "/");
            assertTrue(page.body().contains("src/main/java/demo/Greeter.java:8: error: ';' expected"), page.body());
            assertTrue(page.body().contains("http-equiv=\"refresh\""), page.body());
            Http.Answer api = predict(port, "predict", "Ada");
            assertEquals(503, api.status());
            assertTrue(api.body().startsWith("{\"error\": \"Compilation failed"), api.body());
            assertTrue(api.body().contains("Greeter.java:8: error: ';' expected"), api.body());
            assertTrue(project.console.text().contains("[ERROR] src/main/java/demo/Greeter.java:8: error: ';' expected"),
                    project.console.text());

            project.write("demo/Greeter.java", greeter(flagged, "Fixed"));
            project.await("the fixed app", () -> predict(port, "predict", "Ada").body().contains("\"Fixed, Ada!\""));
        }
    }

    @Test
    void anAppThatCannotStartShowsWhyOnThePage(@TempDir Path dir) throws Exception {
        String examplesMissing = greeter(dir.resolve("flagged"), "Hello")
                .replace("@Interface(", "@Interface(examples = \"no-such-examples\", ");
        try (DevProject project = new DevProject(dir).write("demo/Greeter.java", examplesMissing).start()) {
            int port = project.port();
            Http.Answer api = predict(port, "predict", "Ada");
            assertEquals(503, api.status());
            assertTrue(api.body().startsWith("{\"error\": \"The app did not start"), api.body());
            assertTrue(api.body().contains("no-such-examples"), api.body());
            assertTrue(project.console.text().contains("[ERROR] The app did not start"), project.console.text());
        }
    }

    @Test
    void closingTheDevModeFreesThePort(@TempDir Path dir) throws Exception {
        int port;
        try (DevProject project = new DevProject(dir).write("demo/Greeter.java", greeter(dir.resolve("flagged"), "Hello"))
                .start()) {
            port = project.port();
        }
        assertEquals(0, Http.getPage(port, "/").status());
    }

    private static Http.Answer predict(int port, String apiName, String name) {
        return Http.post(port, "/gradio_api/run/" + apiName, "{\"data\": [\"" + name + "\"]}");
    }

    private static Http.Answer flag(int port, String apiName, Http.Answer prediction) {
        String eventId = prediction.body().replaceAll("(?s).*\"event_id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        return Http.post(port, "/gradio_api/flag/" + apiName, "{\"event_id\": \"" + eventId + "\"}");
    }
}
