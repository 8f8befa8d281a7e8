package dev.pennant.components.codec;

import static dev.pennant.components.codec.InvalidInputs.assertMessage;
import static dev.pennant.components.codec.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.AudioClip;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.testing.TestImages;
import dev.pennant.testing.TestMedia;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sound: WAV decoded into clips and written back, other formats passed through as files, checked from their bytes. */
class AudioCodecTest {
    private static final ComponentCodec AUDIO = Codecs.of(ComponentType.AUDIO);
    private static final Component CLIP = Component.of(ComponentType.AUDIO, "audio", ValueType.of(AudioClip.class));
    private static final Component FILE = Component.of(ComponentType.AUDIO, "audio", ValueType.of(Path.class));
    private static final Component BYTES = Component.of(ComponentType.AUDIO, "audio", ValueType.of(byte[].class));

    @TempDir
    Path temp;

    static JsonNode fileData(StoredFile file) {
        return json("{\"path\": \"" + file.issuedPath() + "\", \"meta\": {\"_type\": \"gradio.FileData\"}}");
    }

    @Test
    void aWavUploadBecomesAClipWithItsRateAndSamples() throws Exception {
        TestServer server = new TestServer(temp);
        StoredFile upload = server.save(TestMedia.wav16(8000, 2, (short) 16384, (short) -16384, (short) 32767, (short) 0), "blob");

        AudioClip clip = (AudioClip) AUDIO.decode(CLIP, fileData(upload), server);

        assertEquals(8000, clip.sampleRate());
        assertEquals(2, clip.channelCount());
        assertArrayEquals(new float[] {0.5f, 32767 / 32768f}, clip.channels()[0]);
        assertArrayEquals(new float[] {-0.5f, 0f}, clip.channels()[1]);
    }

    @Test
    void eightBitAndMuLawWavsDecodeToo() throws Exception {
        TestServer server = new TestServer(temp);
        byte[] unsigned8 = TestMedia.wav(new AudioFormat(AudioFormat.Encoding.PCM_UNSIGNED, 8000, 8, 1, 1, 8000, false),
                new byte[] {(byte) 128, (byte) 192, 0});
        AudioClip clip = (AudioClip) AUDIO.decode(CLIP, fileData(server.save(unsigned8, "a.wav")), server);
        assertArrayEquals(new float[] {0f, 0.5f, -1f}, clip.channels()[0]);

        byte[] ulaw = TestMedia.wav(new AudioFormat(AudioFormat.Encoding.ULAW, 8000, 8, 1, 1, 8000, false),
                new byte[] {(byte) 0xff, (byte) 0x80, 0x00});
        AudioClip loud = (AudioClip) AUDIO.decode(CLIP, fileData(server.save(ulaw, "u.wav")), server);
        assertEquals(3, loud.frames());
        assertEquals(0f, loud.channels()[0][0], 0.001f);
        assertTrue(loud.channels()[0][1] > 0.9f && loud.channels()[0][2] < -0.9f, Arrays.toString(loud.channels()[0]));
    }

    @Test
    void otherSoundFormatsPassThroughAsFilesAndBytes() throws Exception {
        TestServer server = new TestServer(temp);
        for (byte[] sound : new byte[][] {TestMedia.mp3(), TestMedia.ogg(), TestMedia.flac(), TestMedia.m4a(), TestMedia.mp4()}) {
            StoredFile upload = server.save(sound, "blob");
            assertEquals(upload.path(), AUDIO.decode(FILE, fileData(upload), server));
            assertArrayEquals(sound, (byte[]) AUDIO.decode(BYTES, fileData(upload), server));
        }
    }

    @Test
    void aFileThatIsNotSoundIsRefusedNamingTheInput() throws Exception {
        TestServer server = new TestServer(temp);
        StoredFile picture = server.save(TestImages.png(Color.RED), "cat.wav");
        for (Component input : new Component[] {CLIP, FILE, BYTES}) {
            assertMessage(() -> AUDIO.decode(input, fileData(picture), server), "audio",
                    "the file is not WAV, MP3, Ogg, FLAC or M4A sound");
        }
    }

    @Test
    void aClipIsDecodedFromWavOnly() throws Exception {
        TestServer server = new TestServer(temp);
        StoredFile mp3 = server.save(TestMedia.mp3(), "song.mp3");
        assertMessage(() -> AUDIO.decode(CLIP, fileData(mp3), server), "audio", "the file is MP3 sound, but this input "
                + "decodes WAV only (a method that takes a Path or byte[] accepts WAV, MP3, Ogg, FLAC or M4A)");
    }

    @Test
    void aTruncatedWavIsRefusedForEveryValueType() throws Exception {
        TestServer server = new TestServer(temp);
        StoredFile broken = server.save(Arrays.copyOf(TestMedia.sineWav(8000, 1, 100, 440), 20), "cut.wav");
        for (Component input : new Component[] {CLIP, FILE, BYTES}) {
            assertMessage(() -> AUDIO.decode(input, fileData(broken), server), "audio",
                    "the WAV file is damaged, truncated or uses an encoding Pennant cannot read");
        }
    }

    @Test
    void aReturnedClipIsSentAsAWavThatDecodesToTheSameSound() throws Exception {
        TestServer server = new TestServer(temp);
        AudioClip clip = new AudioClip(22050, new float[][] {{0f, 0.25f, -0.75f, 1.5f}, {1f, -1f, 0f, 0f}});

        JsonNode sent = AUDIO.encode(CLIP, clip, server);

        assertEquals("audio/wav", sent.get("mime_type").asText());
        assertEquals("audio.wav", sent.get("orig_name").asText());
        assertEquals("gradio.FileData", sent.get("meta").get("_type").asText());
        assertTrue(sent.get("url").asText().startsWith("http://test/files/"));
        AudioClip back = (AudioClip) AUDIO.decode(CLIP, sent, server);
        assertEquals(22050, back.sampleRate());
        assertArrayEquals(new float[] {0f, 8192 / 32768f, -24575 / 32768f, 32767 / 32768f}, back.channels()[0], 1e-4f);
        assertArrayEquals(new float[] {32767 / 32768f, -32767 / 32768f, 0f, 0f}, back.channels()[1], 1e-4f);
    }

    @Test
    void returnedBytesOrFilesMustBeSound() throws Exception {
        TestServer server = new TestServer(temp);
        assertEquals("audio/mpeg", AUDIO.encode(BYTES, TestMedia.mp3(), server).get("mime_type").asText());
        assertEquals("audio.mp3", AUDIO.encode(BYTES, TestMedia.mp3(), server).get("orig_name").asText());
        Path text = Files.writeString(temp.resolve("notes.wav"), "not sound");
        assertThrows(IllegalStateException.class, () -> AUDIO.encode(FILE, text, server));
        assertThrows(IllegalStateException.class, () -> AUDIO.encode(BYTES, new byte[] {1, 2, 3}, server));
    }

    @Test
    void aFlaggedClipIsAWavAndFilesKeepTheirFormat() throws Exception {
        TestServer server = new TestServer(temp);
        FlagFolder folder = server.flagFolder("audio");
        AudioClip clip = AudioClip.mono(8000, new float[] {0.5f, -0.5f});

        assertEquals("audio/0.wav", AUDIO.flag(CLIP, clip, folder));
        assertEquals(clip.frames(), ((AudioClip) WavFiles.read("x", Files.readAllBytes(temp.resolve("audio/0.wav")))).frames());
        assertEquals("audio/1.mp3", AUDIO.flag(FILE, Files.write(temp.resolve("song.bin"), TestMedia.mp3()), folder));
        assertEquals("audio/2.ogg", AUDIO.flag(BYTES, TestMedia.ogg(), folder));
        assertEquals("", AUDIO.flag(CLIP, null, folder));
    }

    @Test
    void anExampleCellNamesSoundInsideTheExamplesDirectory() throws Exception {
        Files.createDirectories(temp.resolve("examples/audio"));
        Files.write(temp.resolve("examples/audio/0.wav"), TestMedia.sineWav(8000, 1, 80, 440));
        Files.write(temp.resolve("examples/audio/1.mp3"), TestMedia.mp3());
        TestServer server = new TestServer(temp, temp.resolve("examples"), 40_000_000);

        JsonNode example = AUDIO.readFlag(CLIP, "audio/0.wav", server);
        assertEquals("0.wav", example.get("orig_name").asText());
        assertEquals("audio/wav", example.get("mime_type").asText());
        assertEquals(80, ((AudioClip) AUDIO.decode(CLIP, example, server)).frames());
        assertEquals("1.mp3", AUDIO.readFlag(FILE, "audio/1.mp3", server).get("orig_name").asText());
        assertThrows(dev.pennant.components.InvalidInputException.class, () -> AUDIO.readFlag(CLIP, "audio/1.mp3", server));
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> AUDIO.readFlag(FILE, "../audio/0.wav", server));
        assertTrue(outside.getMessage().contains("climbs out with '..'"), outside.getMessage());
    }

    @Test
    void theApiInfoAndConfigSpeakGradios() {
        assertEquals("FileData", AUDIO.apiSchema(CLIP).get("title").asText());
        assertEquals("filepath", AUDIO.pythonType(CLIP));
        ObjectNode props = json("{}").deepCopy();
        AUDIO.config(Component.of(ComponentType.AUDIO, "audio", ValueType.of(AudioClip.class), Map.of("autoplay", true)), props);
        assertEquals("{\"autoplay\":true,\"value\":null}", props.toString());
    }
}
