package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The guide's flagging demos through the API, as a client of the sample app sees them. */
class FlaggingDemosApiTest {

    private static String flag(RunningDemo demo, String api, String eventId, String option) {
        String optionJson = option == null ? "null" : "\"" + option + "\"";
        RunningDemo.Response response = demo.post("/gradio_api/flag/" + api,
                "{\"event_id\":\"" + eventId + "\",\"flag_option\":" + optionJson + "}");
        return response.status() + " " + response.body();
    }

    private static String run(RunningDemo demo, String api, String dataJson) {
        RunningDemo.Response response = demo.post("/gradio_api/run/" + api, "{\"data\":" + dataJson + "}");
        assertEquals(200, response.status(), response.body());
        return response.json().get("event_id").asText();
    }

    @Test
    void autoModeFlagsEverySuccessfulSubmission() throws Exception {
        Path dir = Path.of("flagged_auto").toAbsolutePath();
        RunningDemo.deleteRecursively(dir);
        try (RunningDemo demo = RunningDemo.of(AutoEcho.class)) {
            run(demo, "auto_echo", "[\"hello\", true]");
            assertEquals(400, demo.post("/gradio_api/run/auto_echo", "{\"data\":[\" \", false]}").status());
            run(demo, "auto_echo", "[\"quiet\", false]");
        }
        assertEquals("text,loud,Output\nhello,true,HELLO!\nquiet,false,quiet\n", Files.readString(dir.resolve("logs.csv")));
    }

    @Test
    void neverModeRefusesFlags() {
        try (RunningDemo demo = RunningDemo.of(NeverFlagged.class)) {
            String event = run(demo, "square", "[3]");
            assertEquals("403 {\"error\":\"Flagging is disabled for \\\"square\\\"\"}", flag(demo, "square", event, null));
        }
    }

    @Test
    void flaggingOptionsAreStoredInTheFlagOptionColumn() throws Exception {
        Path dir = Path.of("flagged_classifier").toAbsolutePath();
        RunningDemo.deleteRecursively(dir);
        try (RunningDemo demo = RunningDemo.of(TextClassifier.class)) {
            assertEquals("200 {\"count\":1}", flag(demo, "classify_text", run(demo, "classify_text", "[\"it says meow\"]"), "Incorrect"));
            assertEquals("200 {\"count\":2}", flag(demo, "classify_text", run(demo, "classify_text", "[\"it barks\"]"), "Other"));
            assertEquals(400, demo.post("/gradio_api/flag/classify_text", "{\"event_id\":\"" + run(demo, "classify_text", "[\"x\"]")
                    + "\",\"flag_option\":\"Flag as Other\"}").status());
        }
        assertEquals("description,Output,flag_option\n"
                + "it says meow,\"{'cat': 0.7, 'dog': 0.3}\",Incorrect\n"
                + "it barks,\"{'cat': 0.3, 'dog': 0.7}\",Other\n", Files.readString(dir.resolve("logs.csv")));
    }

    @Test
    void labelValuePairsStoreTheValue() throws Exception {
        Path dir = Path.of("flagged_summaries").toAbsolutePath();
        RunningDemo.deleteRecursively(dir);
        try (RunningDemo demo = RunningDemo.of(Summarizer.class)) {
            String event = run(demo, "summarize", "[\"Pennant flags. It also logs.\"]");
            assertEquals(400, demo.post("/gradio_api/flag/summarize",
                    "{\"event_id\":\"" + event + "\",\"flag_option\":\"Mark as incorrect\"}").status());
            assertEquals("200 {\"count\":1}", flag(demo, "summarize", event, "problematic"));
        }
        assertEquals("text,Output,flag_option\nPennant flags. It also logs.,Pennant flags.,problematic\n",
                Files.readString(dir.resolve("logs.csv")));
    }

    @Test
    void theCustomCallbackCountsAndWritesNoFile() {
        try (RunningDemo demo = RunningDemo.of(Greeter.class)) {
            assertEquals("200 {\"count\":1}", flag(demo, "greet", run(demo, "greet", "[\"Ada\"]"), null));
            assertEquals("200 {\"count\":2}", flag(demo, "greet", run(demo, "greet", "[\"Grace\"]"), null));
            assertFalse(Files.exists(demo.flaggingDir), "SimpleFlaggingCallback only prints");
        }
    }

    @Test
    void flaggedCalculatorResultsBecomeExamples() {
        try (RunningDemo calculator = RunningDemo.of(Calculator.class)) {
            flag(calculator, "predict", calculator.predict("[5, \"add\", 7]"), null);
            flag(calculator, "predict", calculator.predict("[6, \"subtract\", 1.5]"), null);
        }
        try (RunningDemo examples = RunningDemo.of(CalculatorExamples.class, false)) {
            var page = examples.get("/config").json().get("pennant").get("interfaces").get(0);
            assertEquals("[[5,\"add\",7],[6,\"subtract\",1.5]]", page.get("examples").toString());
        }
    }
}
