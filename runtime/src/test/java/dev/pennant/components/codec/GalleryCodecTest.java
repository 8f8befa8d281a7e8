package dev.pennant.components.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gallery: several images out as Gradio's GalleryData, one flagged file each. */
class GalleryCodecTest {
    private static final Component IMAGES = Component.of(ComponentType.GALLERY, "Output",
            ValueType.listOf(ValueType.of(BufferedImage.class)));
    private static final Component FILES = Component.of(ComponentType.GALLERY, "Output",
            ValueType.listOf(ValueType.of(Path.class)));
    private static final ComponentCodec GALLERY = Codecs.of(ComponentType.GALLERY);

    @TempDir
    Path temp;

    @Test
    void imagesAreSentAsGalleryDataWithPngFiles() throws Exception {
        TestServer server = new TestServer(temp);
        List<BufferedImage> images = List.of(TestImages.picture(Color.RED, 4, 3), TestImages.picture(Color.BLUE, 2, 2));

        JsonNode sent = GALLERY.encode(IMAGES, images, server);

        assertEquals(2, sent.size());
        assertEquals("image/png", sent.get(0).get("image").get("mime_type").asText());
        assertEquals("gradio.FileData", sent.get(1).get("image").get("meta").get("_type").asText());
        assertEquals(true, sent.get(0).get("caption").isNull());
        BufferedImage second = ImageIO.read(Path.of(sent.get(1).get("image").get("path").asText()).toFile());
        assertEquals(2, second.getWidth());
    }

    @Test
    void imageFilesAreCopiedAndMustBeImages() throws Exception {
        TestServer server = new TestServer(temp);
        Path photo = Files.write(temp.resolve("photo.jpg"), TestImages.jpeg(Color.GREEN));
        JsonNode sent = GALLERY.encode(FILES, List.of(photo), server);
        assertEquals("photo.jpg", sent.get(0).get("image").get("orig_name").asText());
        assertEquals(List.of(Path.of(sent.get(0).get("image").get("path").asText())), GALLERY.kept(FILES, List.of(photo), sent));

        Path text = Files.writeString(temp.resolve("notes.png"), "words");
        assertThrows(IllegalStateException.class, () -> GALLERY.encode(FILES, List.of(photo, text), server));
    }

    @Test
    void aFlaggedGalleryIsOneFileEachAndGradiosCell() throws Exception {
        TestServer server = new TestServer(temp);
        String cell = GALLERY.flag(IMAGES, List.of(TestImages.picture(Color.RED, 4, 3), TestImages.picture(Color.BLUE, 2, 2)),
                server.flagFolder("Output"));
        assertEquals("[{\"image\": \"Output/0.png\", \"caption\": null}, {\"image\": \"Output/1.png\", \"caption\": null}]", cell);
        assertEquals(2, ImageIO.read(temp.resolve("Output/1.png").toFile()).getHeight());
    }

    @Test
    void theApiInfoAndConfigAreGradios() {
        JsonNode schema = GALLERY.apiSchema(IMAGES);
        assertEquals("array", schema.get("type").asText());
        assertEquals("GalleryImage", schema.get("items").get("title").asText());
        assertEquals("FileData", schema.get("items").get("properties").get("image").get("title").asText());
        assertEquals("list[dict(image: filepath, caption: str | None)]", GALLERY.pythonType(IMAGES));
        assertEquals("{\"columns\":2,\"value\":null}", FilesCodecTest.configOf(IMAGES).toString());
    }
}
