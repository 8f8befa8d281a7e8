package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Gradio's official JavaScript client sends a WAV to the reverse demo, an MP4 to the replay (and reads
 * a byte range of the result), a photo to the filter gallery and two files to the zip demo, and checks
 * the Gradio-shaped values that come back.
 */
class GradioClientMediaTest {

    @Test
    void gradioJavaScriptClientSendsSoundVideoAPhotoAndSeveralFiles() throws Exception {
        Path sound = DemoMedia.sweep("client.wav", 0.5, 300, 600);
        Path photo = DemoImages.png("client-photo.png", DemoImages.WARM);
        Path first = DemoMedia.text("first.txt", "first file");
        Path second = DemoMedia.text("second.txt", "the second file");
        SampleExamples.install();
        try (PennantServer server = Pennant.builder().serve(ReverseAudio.class).serve(VideoReplay.class)
                .serve(FilterGallery.class).serve(ZipFiles.class).port(0).environment(Map.of()).start()) {
            NodeScripts.Result result = NodeScripts.run(List.of("media.mjs", "http://127.0.0.1:" + server.port(),
                    sound.toString(), DemoMedia.EXAMPLE_VIDEO.toAbsolutePath().toString(), photo.toString(),
                    first.toString(), second.toString()), Map.of(), null);
            String output = result.output();

            assertEquals(0, result.exitCode(), output);
            assertTrue(output.contains("reversed: audio.wav 4000 samples at 8000 Hz"), output);
            assertTrue(output.contains("range bytes 0-99/"), output);
            assertTrue(output.contains("gallery: 4 images"), output);
            assertTrue(output.contains("zipped: blob (10 bytes), blob (15 bytes), in all 25 bytes"), output);
            assertTrue(output.contains("gradio client media: all checks passed"), output);
        }
    }
}
