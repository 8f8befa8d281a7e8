package dev.pennant.server.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.Http;
import dev.pennant.server.Multipart;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.Media;
import dev.pennant.testing.TestImages;
import dev.pennant.testing.TestMedia;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sound, video, galleries and several files over HTTP: Gradio's shapes, byte ranges for players, refusals, flags. */
class MediaRoutesTest {
    static final int MAX_FILE_SIZE = 64 * 1024;

    @RegisterExtension
    final ServedApp app = ServedApp.serving(new Object[] {Media.class},
            (builder, temp) -> builder.environment(Map.of("GRADIO_TEMP_DIR", temp.resolve("uploads").toString()))
                    .maxFileSize(MAX_FILE_SIZE));

    List<String> upload(Multipart parts) {
        Http.Response response = app.http.upload(parts);
        assertEquals(200, response.status(), response.body());
        return Arrays.asList(Http.JSON.convertValue(response.json(), String[].class));
    }

    String upload(String name, byte[] content) {
        return upload(new Multipart().file(name, content)).get(0);
    }

    static String fileData(String path) {
        return "{\"path\":" + Http.JSON.valueToTree(path) + ",\"meta\":{\"_type\":\"gradio.FileData\"}}";
    }

    Http.Response run(String api, String data) {
        Http.Response response = app.http.run(api, data);
        assertEquals(200, response.status(), response.body());
        return response;
    }

    @Test
    void aClipIsReversedAndComesBackAsAWav() throws Exception {
        String path = upload("blob", TestMedia.wav16(8000, 1, (short) 1000, (short) 2000, (short) 3000));
        JsonNode output = run("reverse", "[" + fileData(path) + "]").json().get("data").get(0);

        assertEquals("audio/wav", output.get("mime_type").asText());
        assertEquals("gradio.FileData", output.get("meta").get("_type").asText());
        HttpResponse<byte[]> wav = app.http.download("gradio_api/file=" + output.get("path").asText());
        assertEquals("audio/wav", wav.headers().firstValue("Content-Type").orElseThrow());
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav.body()))) {
            byte[] frames = in.readAllBytes();
            assertEquals(8000f, in.getFormat().getSampleRate());
            assertArrayEquals(new byte[] {(byte) 0xb8, 0x0b, (byte) 0xd0, 0x07, (byte) 0xe8, 0x03}, frames, "3000, 2000, 1000");
        }
    }

    @Test
    void flaggingSoundWritesTheGuidesAudioFolder() throws Exception {
        String event = run("reverse", "[" + fileData(upload("blob", TestMedia.sineWav(8000, 2, 400, 440))) + "]")
                .json().get("event_id").asText();
        assertEquals(1, app.http.flag("reverse", event, null).json().get("count").asInt());
        String mp3 = run("keep_sound", "[" + fileData(upload("song.mp3", TestMedia.mp3())) + "]").json().get("event_id").asText();
        app.http.flag("keep_sound", mp3, null);

        Path reverse = app.flaggingDir.resolve("reverse");
        assertEquals("audio,Output\naudio/0.wav,Output/0.wav\n", Files.readString(reverse.resolve("logs.csv")));
        try (AudioInputStream in = AudioSystem.getAudioInputStream(reverse.resolve("audio/0.wav").toFile())) {
            assertEquals(2, in.getFormat().getChannels());
            assertEquals(400, in.getFrameLength());
        }
        assertEquals("sound,Output\nsound/0.mp3,Output/0.mp3\n", Files.readString(app.flaggingDir.resolve("keep_sound/logs.csv")));
        assertArrayEquals(TestMedia.mp3(), Files.readAllBytes(app.flaggingDir.resolve("keep_sound/sound/0.mp3")));
    }

    @Test
    void soundThatIsNotSoundIsRefusedNamingTheInputAndNothingIsWritten() {
        Http.Response picture = app.http.run("keep_sound", "[" + fileData(upload("cat.wav", TestImages.png(Color.RED))) + "]");
        assertEquals(400, picture.status());
        assertEquals("Invalid value for input \"sound\": the file is not WAV, MP3, Ogg, FLAC or M4A sound", picture.error());
        Http.Response mp3 = app.http.run("reverse", "[" + fileData(upload("song.mp3", TestMedia.mp3())) + "]");
        assertEquals(400, mp3.status());
        assertTrue(mp3.error().startsWith("Invalid value for input \"audio\": the file is MP3 sound, but this input decodes WAV only"),
                mp3.error());
        assertFalse(Files.exists(app.flaggingDir.resolve("reverse")));
        assertFalse(Files.exists(app.flaggingDir.resolve("keep_sound")));
    }

    @Test
    void aVideoIsServedInRangesSoAPlayerCanSeek() {
        byte[] mp4 = TestMedia.mp4();
        String issued = run("replay", "[" + fileData(upload("blob", mp4)) + "]").json().get("data").get(0).get("path").asText();
        String url = "gradio_api/file=" + issued;

        HttpResponse<byte[]> whole = app.http.download(url);
        assertEquals(200, whole.statusCode());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        assertEquals("video/mp4", whole.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(mp4, whole.body());

        HttpResponse<byte[]> part = app.http.download(url, Map.of("Range", "bytes=100-149"));
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-149/" + mp4.length, part.headers().firstValue("Content-Range").orElseThrow());
        assertEquals("50", part.headers().firstValue("Content-Length").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(mp4, 100, 150), part.body());

        HttpResponse<byte[]> open = app.http.download(url, Map.of("Range", "bytes=0-"));
        assertEquals(206, open.statusCode());
        assertArrayEquals(mp4, open.body());
        HttpResponse<byte[]> tail = app.http.download(url, Map.of("Range", "bytes=-16"));
        assertEquals("bytes " + (mp4.length - 16) + "-" + (mp4.length - 1) + "/" + mp4.length,
                tail.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(mp4, mp4.length - 16, mp4.length), tail.body());
        HttpResponse<byte[]> past = app.http.download(url, Map.of("Range", "bytes=200-999999"));
        assertEquals("bytes 200-" + (mp4.length - 1) + "/" + mp4.length, past.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void aRangeThatNamesNoByteIs416() {
        byte[] mp4 = TestMedia.mp4();
        String url = "gradio_api/file=" + upload("clip.mp4", mp4);
        for (String range : List.of("bytes=" + mp4.length + "-", "bytes=90-10", "lines=1-2", "bytes=abc")) {
            HttpResponse<byte[]> refused = app.http.download(url, Map.of("Range", range));
            assertEquals(416, refused.statusCode(), range);
            assertEquals("bytes */" + mp4.length, refused.headers().firstValue("Content-Range").orElseThrow(), range);
            String body = new String(refused.body(), StandardCharsets.UTF_8);
            assertTrue(body.contains("names no byte of this file of " + mp4.length + " bytes"), body);
        }
        assertEquals(200, app.http.download(url).statusCode(), "the file is still served whole");
    }

    @Test
    void aVideoOverTheSizeLimitIs413AndNothingIsStored() throws Exception {
        byte[] big = Arrays.copyOf(TestMedia.mp4(), MAX_FILE_SIZE + 1);
        Http.Response response = app.http.upload(new Multipart().file("big.mp4", big));
        assertEquals(413, response.status());
        assertTrue(response.error().startsWith("A file is larger than the limit of " + MAX_FILE_SIZE + " bytes"), response.body());
        try (Stream<Path> files = Files.walk(app.temp.resolve("uploads"))) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).map(Path::toString).toList(), "no file is kept");
        }
        Http.Response sound = app.http.run("replay", "[" + fileData(upload("song.m4a", TestMedia.m4a())) + "]");
        assertEquals(400, sound.status());
        assertEquals("Invalid value for input \"video\": the file is M4A sound, not a video; upload an MP4, WebM, Ogg, "
                + "Matroska, QuickTime or AVI video", sound.error());
    }

    @Test
    void flaggingAVideoWritesVideoZeroMp4() throws Exception {
        String event = run("replay", "[" + fileData(upload("blob", TestMedia.mp4())) + "]").json().get("event_id").asText();
        app.http.flag("replay", event, null);
        Path replay = app.flaggingDir.resolve("replay");
        assertEquals("video,Output\nvideo/0.mp4,Output/0.mp4\n", Files.readString(replay.resolve("logs.csv")));
        assertArrayEquals(TestMedia.mp4(), Files.readAllBytes(replay.resolve("video/0.mp4")));
    }

    @Test
    void aGalleryComesBackAsGradiosGalleryDataAndIsFlaggedAsSeveralFiles() throws Exception {
        Http.Response response = run("turns", "[" + fileData(upload("blob", TestImages.png(Color.ORANGE))) + "]");
        JsonNode gallery = response.json().get("data").get(0);
        assertEquals(2, gallery.size());
        for (JsonNode item : gallery) {
            assertTrue(item.get("caption").isNull());
            assertEquals("image/png", item.get("image").get("mime_type").asText());
            assertTrue(item.get("image").get("url").asText().startsWith("http://127.0.0.1:" + app.server.port() + "/gradio_api/file="));
        }
        byte[] turned = app.http.download("gradio_api/file=" + gallery.get(1).get("image").get("path").asText()).body();
        assertEquals(8, ImageIO.read(new ByteArrayInputStream(turned)).getHeight(), "the 8×6 picture turned to 6×8");

        app.http.flag("turns", response.json().get("event_id").asText(), null);
        Path turns = app.flaggingDir.resolve("turns");
        assertEquals("im,Output\nim/0.png,\"[{\"\"image\"\": \"\"Output/0.png\"\", \"\"caption\"\": null}, "
                + "{\"\"image\"\": \"\"Output/1.png\"\", \"\"caption\"\": null}]\"\n", Files.readString(turns.resolve("logs.csv")));
        assertEquals(6, ImageIO.read(turns.resolve("Output/1.png").toFile()).getWidth());
    }

    @Test
    void severalFilesGoInAndComeOutAsListsOfFileData() throws Exception {
        List<String> paths = upload(new Multipart().file("a.txt", "alpha".getBytes(StandardCharsets.UTF_8))
                .file("b.txt", "beta".getBytes(StandardCharsets.UTF_8)));
        Http.Response response = run("shout_all", "[[" + fileData(paths.get(0)) + "," + fileData(paths.get(1)) + "]]");
        JsonNode files = response.json().get("data").get(0);
        assertEquals(2, files.size());
        assertEquals("BETA", new String(app.http.download("gradio_api/file=" + files.get(0).get("path").asText()).body(),
                StandardCharsets.UTF_8));

        app.http.flag("shout_all", response.json().get("event_id").asText(), null);
        Path dir = app.flaggingDir.resolve("shout_all");
        assertEquals("files,Output\n\"[\"\"files/0.txt\"\", \"\"files/1.txt\"\"]\",\"[\"\"Output/0.txt\"\", \"\"Output/1.txt\"\"]\"\n",
                Files.readString(dir.resolve("logs.csv")));
        assertEquals("ALPHA", Files.readString(dir.resolve("Output/1.txt")));

        Http.Response notAList = app.http.run("shout_all", "[" + fileData(paths.get(0)) + "]");
        assertEquals(400, notAList.status());
        assertTrue(notAList.error().startsWith("Invalid value for input \"files\": expected a list of files"), notAList.body());
    }

    @Test
    void theApiInfoAndConfigDescribeEachKindAsGradioDoes() {
        JsonNode endpoints = app.http.get("gradio_api/info").json().get("named_endpoints");
        JsonNode reverse = endpoints.get("/reverse").get("parameters").get(0);
        assertEquals("Audio", reverse.get("component").asText());
        assertEquals("filepath", reverse.get("python_type").get("type").asText());
        assertEquals("FileData", reverse.get("type").get("title").asText());
        assertEquals("Video", endpoints.get("/replay").get("returns").get(0).get("component").asText());
        JsonNode gallery = endpoints.get("/turns").get("returns").get(0);
        assertEquals("Gallery", gallery.get("component").asText());
        assertEquals("list[dict(image: filepath, caption: str | None)]", gallery.get("python_type").get("type").asText());
        JsonNode files = endpoints.get("/shout_all").get("parameters").get(0);
        assertEquals("File", files.get("component").asText());
        assertEquals("array", files.get("type").get("type").asText());
        assertEquals("list[filepath]", files.get("python_type").get("type").asText());

        JsonNode components = app.http.get("config").json().get("components");
        List<String> types = Stream.iterate(0, i -> i < components.size(), i -> i + 1)
                .map(i -> components.get(i).get("type").asText() + ":" + components.get(i).get("props").path("file_count").asText("")
                        + components.get(i).get("props").path("columns").asText(""))
                .toList();
        assertTrue(types.containsAll(List.of("audio:", "video:", "gallery:2", "gallery:3", "file:multiple")), types.toString());
    }
}
