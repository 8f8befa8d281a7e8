package dev.pennant.benchmarks.http;

import java.nio.charset.StandardCharsets;

/** Status and body of one HTTP/1.1 exchange. */
public record HttpResponse(int status, byte[] body) {
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
