package dev.pennant.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.benchmarks.apps.PennantSepiaMain;
import dev.pennant.benchmarks.apps.Sepia;
import dev.pennant.benchmarks.http.HttpResponse;
import dev.pennant.benchmarks.http.KeepAliveClient;
import dev.pennant.benchmarks.http.Multipart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Sepia on a 1024×1024 PNG end to end — upload, predict, download the output, as Gradio's clients do —
 * against the same decode, filter and PNG encode in this process. One request at a time, medians.
 */
final class ImageRows {
    private static final int SIZE = 1024;
    private static final String NAME = "image path, sepia on a 1024×1024 PNG, end to end";
    private static final String BASELINE = "decode + filter + encode in-process";

    private ImageRows() {}

    static List<Row> measure(Settings settings) throws Exception {
        byte[] png = inputPng();
        ChildServer server;
        try {
            server = ChildServer.start(PennantSepiaMain.class);
        } catch (IOException e) {
            return List.of(Row.unavailable(NAME, "ms", BASELINE, Target.atMost(1.3),
                    "not available in this build (the sepia demo does not launch)"));
        }
        try (server; KeepAliveClient client = server.client()) {
            server.nanosToFirstConfig();
            Multipart upload = Multipart.file("input.png", "image/png", png);
            if (client.post("/gradio_api/upload", upload.contentType(), upload.body()).status() == 404) {
                return List.of(Row.unavailable(NAME, "ms", BASELINE, Target.atMost(1.3),
                        "not available in this build (no /gradio_api/upload)"));
            }
            checkOutput(endToEnd(client, upload));
            for (int i = 0; i < settings.imageWarmups(); i++) {
                endToEnd(client, upload);
                inProcess(png);
            }
            double[] pennant = new double[settings.imageRuns()];
            double[] baseline = new double[settings.imageRuns()];
            for (int i = 0; i < settings.imageRuns(); i++) {
                long start = System.nanoTime();
                endToEnd(client, upload);
                pennant[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                inProcess(png);
                baseline[i] = (System.nanoTime() - start) / 1e6;
            }
            return List.of(Row.measured(NAME, "ms", BASELINE, Stats.median(pennant), Stats.median(baseline),
                    Target.atMost(1.3)));
        }
    }

    /** Upload, predict with the issued path, download the output; returns the output's bytes. */
    private static byte[] endToEnd(KeepAliveClient client, Multipart upload) throws IOException {
        HttpResponse uploaded = client.post("/gradio_api/upload", upload.contentType(), upload.body());
        if (uploaded.status() != 200) {
            throw new IOException("upload answered " + uploaded.status() + ": " + uploaded.text());
        }
        String path = Json.parse(uploaded.text()).get(0).textValue();
        String request = Json.MAPPER.createObjectNode().set("data", Json.MAPPER.createArrayNode().add(
                Json.MAPPER.createObjectNode().put("path", path).put("orig_name", "input.png")
                        .set("meta", Json.MAPPER.createObjectNode().put("_type", "gradio.FileData")))).toString();
        HttpResponse predicted = client.postJson("/gradio_api/run/predict", request.getBytes(StandardCharsets.UTF_8));
        if (predicted.status() != 200) {
            throw new IOException("predict answered " + predicted.status() + ": " + predicted.text());
        }
        HttpResponse output = client.get(downloadPath(Json.parse(predicted.text()).get("data").get(0)));
        if (output.status() != 200) {
            throw new IOException("download answered " + output.status() + ": " + output.text());
        }
        return output.body();
    }

    /** The output's URL as the server gave it, or Gradio's file route for its path. */
    private static String downloadPath(JsonNode fileData) {
        JsonNode url = fileData.get("url");
        if (url != null && url.isTextual()) {
            URI uri = URI.create(url.textValue());
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        return "/gradio_api/file=" + fileData.get("path").textValue();
    }

    private static void checkOutput(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null || image.getWidth() != SIZE || image.getHeight() != SIZE) {
            throw new IOException("the downloaded output is not a " + SIZE + "×" + SIZE + " image");
        }
    }

    static byte[] inProcess(byte[] png) throws IOException {
        BufferedImage filtered = Sepia.filter(ImageIO.read(new ByteArrayInputStream(png)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(filtered, "png", out);
        return out.toByteArray();
    }

    /** A photo-like input: smooth gradients with a little noise, so PNG compression does real work. */
    static byte[] inputPng() throws IOException {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(8);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int r = clamp(x / 4 + random.nextInt(9) - 4);
                int g = clamp(y / 4 + random.nextInt(9) - 4);
                int b = clamp((x + y) / 8 + random.nextInt(9) - 4);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
