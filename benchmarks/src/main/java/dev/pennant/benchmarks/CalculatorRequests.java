package dev.pennant.benchmarks;

import dev.pennant.benchmarks.http.HttpResponse;
import dev.pennant.benchmarks.http.KeepAliveClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The calculator requests the rows send, and the checks that each one really worked. */
final class CalculatorRequests {
    static final String RUN_PATH = "/gradio_api/run/predict";
    static final byte[] PREDICT_BODY = "{\"data\":[5,\"add\",7]}".getBytes(StandardCharsets.UTF_8);

    private CalculatorRequests() {}

    /** {@code POST /gradio_api/run/predict} with 5 add 7; fails unless the answer is 200 with 12. */
    static HttpResponse predict(KeepAliveClient client) throws IOException {
        HttpResponse response = client.postJson(RUN_PATH, PREDICT_BODY);
        if (response.status() != 200 || !response.text().contains("[12")) {
            throw new IOException("predict answered " + response.status() + ": " + response.text());
        }
        return response;
    }

    /** The event id of a Pennant prediction, the handle a flag names. */
    static String eventId(HttpResponse response) {
        return Json.text(response.text(), "event_id");
    }

    static void flag(KeepAliveClient client, String eventId) throws IOException {
        byte[] body = ("{\"event_id\":\"" + eventId + "\",\"flag_option\":null}").getBytes(StandardCharsets.UTF_8);
        HttpResponse response = client.postJson("/gradio_api/flag/predict", body);
        if (response.status() != 200 || !response.text().contains("\"count\"")) {
            throw new IOException("flag answered " + response.status() + ": " + response.text());
        }
    }
}
