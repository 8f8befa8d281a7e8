package dev.pennant.components.codec;

import static dev.pennant.components.codec.InvalidInputs.assertMessage;
import static dev.pennant.components.codec.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.InvalidInputException;
import dev.pennant.components.ValueType;
import dev.pennant.testing.TestImages;
import dev.pennant.testing.TestMedia;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Video: a path to an MP4, WebM, … file, checked from its bytes, flagged with its format's extension. */
class VideoCodecTest {
    private static final ComponentCodec VIDEO = Codecs.of(ComponentType.VIDEO);
    private static final Component CLIP = Component.of(ComponentType.VIDEO, "video", ValueType.of(Path.class));

    @TempDir
    Path temp;

    static JsonNode fileData(StoredFile file) {
        return json("{\"path\": \"" + file.issuedPath() + "\", \"meta\": {\"_type\": \"gradio.FileData\"}}");
    }

    @Test
    void anMp4OrWebmUploadArrivesAsItsPath() throws Exception {
        TestServer server = new TestServer(temp);
        StoredFile mp4 = server.save(TestMedia.mp4(), "blob");
        StoredFile webm = server.save(TestMedia.webm(), "blob");
        assertEquals(mp4.path(), VIDEO.decode(CLIP, fileData(mp4), server));
        assertEquals(webm.path(), VIDEO.decode(CLIP, fileData(webm), server));
        assertEquals("video/mp4", mp4.mimeType());
        assertEquals("video/webm", webm.mimeType());
    }

    @Test
    void soundAndPicturesAreNotVideos() throws Exception {
        TestServer server = new TestServer(temp);
        StoredFile song = server.save(TestMedia.m4a(), "song.mp4");
        StoredFile picture = server.save(TestImages.png(Color.RED), "x.mp4");
        assertMessage(() -> VIDEO.decode(CLIP, fileData(song), server), "video",
                "the file is M4A sound, not a video; upload an MP4, WebM, Ogg, Matroska, QuickTime or AVI video");
        assertMessage(() -> VIDEO.decode(CLIP, fileData(picture), server), "video",
                "the file is not an MP4, WebM, Ogg, Matroska, QuickTime or AVI video");
    }

    @Test
    void aReturnedVideoIsCopiedAndFlaggedWithItsExtension() throws Exception {
        TestServer server = new TestServer(temp);
        Path own = Files.write(temp.resolve("clip.bin"), TestMedia.mp4());
        JsonNode sent = VIDEO.encode(CLIP, own, server);
        assertEquals("video/mp4", sent.get("mime_type").asText());
        assertEquals("clip.bin", sent.get("orig_name").asText());

        FlagFolder folder = server.flagFolder("video");
        assertEquals("video/0.mp4", VIDEO.flag(CLIP, VIDEO.kept(CLIP, own, sent), folder));
        assertEquals("video/1.webm", VIDEO.flag(CLIP, Files.write(temp.resolve("b.mp4"), TestMedia.webm()), folder));

        Path text = Files.writeString(temp.resolve("fake.mp4"), "hello");
        assertThrows(IllegalStateException.class, () -> VIDEO.encode(CLIP, text, server));
    }

    @Test
    void anExampleMustBeAVideoInsideTheExamplesDirectory() throws Exception {
        Files.createDirectories(temp.resolve("examples/video"));
        Files.write(temp.resolve("examples/video/0.mp4"), TestMedia.mp4());
        Files.writeString(temp.resolve("examples/video/1.mp4"), "not a video");
        TestServer server = new TestServer(temp, temp.resolve("examples"), 40_000_000);

        assertEquals("0.mp4", VIDEO.readFlag(CLIP, "video/0.mp4", server).get("orig_name").asText());
        assertThrows(InvalidInputException.class, () -> VIDEO.readFlag(CLIP, "video/1.mp4", server));
        assertEquals("filepath", VIDEO.pythonType(CLIP));
    }
}
