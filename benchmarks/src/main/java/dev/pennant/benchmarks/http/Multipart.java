package dev.pennant.benchmarks.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body with one file part named {@code files}, as Gradio's clients upload. */
public record Multipart(String contentType, byte[] body) {
    private static final String BOUNDARY = "pennant-bench-boundary-7f3a";

    public static Multipart file(String filename, String mimeType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 256);
        String head = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"files\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + mimeType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
    }
}
