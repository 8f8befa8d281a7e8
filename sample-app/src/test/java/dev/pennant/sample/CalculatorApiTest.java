package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guide's calculator over HTTP, as an API user (or the page) calls it. */
class CalculatorApiTest {

    private RunningDemo demo;

    @BeforeEach
    void launch() {
        demo = RunningDemo.of(Calculator.class);
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void fiveAddSevenIsTwelve() {
        RunningDemo.Response response = demo.post("/gradio_api/run/predict", "{\"data\":[5,\"add\",7]}");

        assertEquals(200, response.status(), response.body());
        assertEquals("[12]", response.json().get("data").toString());
        assertTrue(response.json().get("event_id").asText().matches("[0-9a-f]{32}"), response.body());
    }

    @Test
    void flaggingTheGuidesTwoSubmissionsWritesTheGuidesLog() {
        String first = demo.predict("[5,\"add\",7]");
        String second = demo.predict("[6,\"subtract\",1.5]");
        assertFalse(Files.exists(demo.flaggingDir), "the flagging directory is created on the first flag");

        RunningDemo.Response flagged = demo.post("/gradio_api/flag/predict", "{\"event_id\":\"" + first + "\",\"flag_option\":null}");
        assertEquals(200, flagged.status(), flagged.body());
        assertEquals(1, flagged.json().get("count").asInt());
        assertEquals(2, demo.post("/gradio_api/flag/predict", "{\"event_id\":\"" + second + "\",\"flag_option\":null}")
                .json().get("count").asInt());

        assertEquals("num1,operation,num2,Output\n5,add,7,12\n6,subtract,1.5,4.5\n", demo.flaggedLog());
    }

    @Test
    void divideByZeroAnswersWithTheInterfaceErrorMessage() {
        RunningDemo.Response response = demo.post("/gradio_api/run/predict", "{\"data\":[1,\"divide\",0]}");

        assertTrue(response.status() >= 400 && response.status() < 500, response.toString());
        assertEquals("Cannot divide by zero!", response.json().get("error").asText());
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheInput() {
        RunningDemo.Response response = demo.post("/gradio_api/run/predict", "{\"data\":[\"five\",\"add\",7]}");

        assertEquals(400, response.status(), response.body());
        assertTrue(response.json().get("error").asText().contains("num1"), response.body());
        assertEquals(200, demo.post("/gradio_api/run/predict", "{\"data\":[5,\"add\",7]}").status(),
                "the server keeps serving");
    }

    @Test
    void anOperationThatIsNotAChoiceIsRefused() {
        RunningDemo.Response response = demo.post("/gradio_api/run/predict", "{\"data\":[5,\"modulo\",7]}");

        assertEquals(400, response.status(), response.body());
        assertTrue(response.json().get("error").asText().contains("operation"), response.body());
    }

    @Test
    void flaggingAnUnknownEventIdIsRefusedAndWritesNothing() {
        RunningDemo.Response response = demo.post("/gradio_api/flag/predict",
                "{\"event_id\":\"0123456789abcdef0123456789abcdef\",\"flag_option\":null}");

        assertTrue(response.status() >= 400 && response.status() < 500, response.toString());
        assertTrue(response.json().get("error").asText().toLowerCase().contains("event"), response.body());
        assertFalse(Files.exists(demo.flaggingDir.resolve("logs.csv")));
    }

    @Test
    void flaggingTheSameResultTwiceWritesOneRow() {
        String event = demo.predict("[5,\"add\",7]");
        String body = "{\"event_id\":\"" + event + "\",\"flag_option\":null}";

        demo.post("/gradio_api/flag/predict", body);
        demo.post("/gradio_api/flag/predict", body);

        assertEquals("num1,operation,num2,Output\n5,add,7,12\n", demo.flaggedLog());
    }

    @Test
    void configAndInfoDescribeTheCalculatorAsGradioClientsExpect() {
        JsonNode config = demo.get("/config").json();
        assertEquals("sse_v3", config.get("protocol").asText());
        assertEquals("/gradio_api", config.get("api_prefix").asText());
        assertEquals("predict", config.get("dependencies").get(0).get("api_name").asText());

        JsonNode parameters = demo.get("/gradio_api/info").json().get("named_endpoints").get("/predict").get("parameters");
        assertEquals("num1", parameters.get(0).get("parameter_name").asText());
        assertEquals("operation", parameters.get(1).get("parameter_name").asText());
        assertEquals("Radio", parameters.get(1).get("component").asText());
        assertEquals("num2", parameters.get(2).get("parameter_name").asText());
    }
}
