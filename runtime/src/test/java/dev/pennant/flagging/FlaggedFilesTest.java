package dev.pennant.flagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flagging interfaces with file data writes the guide's folders and CSV cells. */
class FlaggedFilesTest {
    static final List<Component> SEPIA = List.of(
            Component.of(ComponentType.IMAGE, "im", ValueType.of(BufferedImage.class)),
            Component.of(ComponentType.IMAGE, "Output", ValueType.of(BufferedImage.class)));
    static final List<Component> CLASSIFIER = List.of(
            Component.of(ComponentType.IMAGE, "im", ValueType.of(BufferedImage.class)),
            Component.of(ComponentType.LABEL, "Output", ValueType.of(Map.class)));

    @TempDir
    Path temp;

    @Test
    void flaggingTheSepiaFilterTwiceWritesTheGuidesTree() throws Exception {
        Path flagged = temp.resolve("flagged");
        CSVLogger logger = new CSVLogger();
        logger.setup(SEPIA, flagged);
        BufferedImage photo = TestImages.picture(Color.ORANGE, 4, 3);
        logger.flag(List.of(photo, TestImages.picture(Color.YELLOW, 4, 3)), null, null);
        logger.flag(List.of(photo, TestImages.picture(Color.GRAY, 4, 3)), null, null);

        assertEquals("im,Output\nim/0.png,Output/0.png\nim/1.png,Output/1.png\n", Files.readString(flagged.resolve("logs.csv")));
        assertEquals(Set.of("logs.csv", "im", "im/0.png", "im/1.png", "Output", "Output/0.png", "Output/1.png"), tree(flagged));
        BufferedImage saved = ImageIO.read(flagged.resolve("Output/1.png").toFile());
        assertEquals(Color.GRAY.getRGB(), saved.getRGB(3, 2), "the PNG holds the output's pixels");
    }

    @Test
    void flaggingTheClassifierWithOptionsWritesTheGuidesRows() throws Exception {
        Path flagged = temp.resolve("flagged");
        CSVLogger logger = new CSVLogger();
        logger.setup(CSVLoggerTest.withOptions(CLASSIFIER, flagged, "Incorrect", "Offensive", "Other"));
        logger.flag(List.of(TestImages.picture(Color.ORANGE, 2, 2), confidences(0.7, 0.3)), "Incorrect", null);
        logger.flag(List.of(TestImages.picture(Color.BLUE, 2, 2), confidences(0.2, 0.8)), "Other", null);

        assertEquals("im,Output,flag_option\n"
                + "im/0.png,\"{'cat': 0.7, 'dog': 0.3}\",Incorrect\n"
                + "im/1.png,\"{'cat': 0.2, 'dog': 0.8}\",Other\n", Files.readString(flagged.resolve("logs.csv")));
        assertEquals(Set.of("logs.csv", "im", "im/0.png", "im/1.png"), tree(flagged), "no folder for the label output");
    }

    @Test
    void textOnlyInterfacesGetNoFolders() throws Exception {
        Path flagged = temp.resolve("flagged");
        CSVLogger logger = new CSVLogger();
        logger.setup(CSVLoggerTest.CALCULATOR, flagged);
        logger.flag(Arrays.asList(5.0, "add", 7.0, 12.0), null, null);
        assertEquals(Set.of("logs.csv"), tree(flagged));
    }

    @Test
    void originalBytesKeepTheirFormatAndFilesTheirExtension() throws Exception {
        Path flagged = temp.resolve("flagged");
        Path doc = Files.writeString(temp.resolve("notes.TXT"), "hello");
        List<Component> raw = List.of(
                Component.of(ComponentType.IMAGE, "photo", ValueType.of(byte[].class)),
                Component.of(ComponentType.FILE, "doc", ValueType.of(Path.class)),
                Component.of(ComponentType.JSON, "Output", ValueType.of(Object.class)));
        CSVLogger logger = new CSVLogger();
        logger.setup(raw, flagged);
        byte[] jpeg = TestImages.jpeg(Color.RED);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("size", 5);
        facts.put("tags", List.of("a", "b"));
        logger.flag(List.of(jpeg, doc, facts), null, null);

        assertEquals("photo,doc,Output\nphoto/0.jpg,doc/0.txt,\"{\"\"size\"\":5,\"\"tags\"\":[\"\"a\"\",\"\"b\"\"]}\"\n",
                Files.readString(flagged.resolve("logs.csv")));
        assertArrayEquals(jpeg, Files.readAllBytes(flagged.resolve("photo/0.jpg")), "the uploaded JPEG's own bytes");
        assertEquals("hello", Files.readString(flagged.resolve("doc/0.txt")));
    }

    @Test
    void numberingContinuesAfterFilesAlreadyThereAndNeverOverwrites() throws Exception {
        Path flagged = temp.resolve("flagged");
        Files.createDirectories(flagged.resolve("im"));
        Files.writeString(flagged.resolve("im/0.png"), "earlier run");
        Files.writeString(flagged.resolve("im/4.png"), "earlier run");
        FlaggedFiles files = new FlaggedFiles(List.of(SEPIA.get(0)), flagged);
        assertEquals(List.of("im/5.png"), files.save(List.of(TestImages.picture(Color.RED, 1, 1))));
        assertEquals("earlier run", Files.readString(flagged.resolve("im/4.png")));
    }

    @Test
    void twoLoggersOnOneDirectoryNeverShareAFile() throws Exception {
        Path flagged = temp.resolve("flagged");
        FlaggedFiles first = new FlaggedFiles(List.of(SEPIA.get(0)), flagged);
        FlaggedFiles second = new FlaggedFiles(List.of(SEPIA.get(0)), flagged);
        assertEquals(List.of("im/0.png"), first.save(List.of(TestImages.picture(Color.RED, 1, 1))));
        assertEquals(List.of("im/1.png"), second.save(List.of(TestImages.picture(Color.RED, 1, 1))));
        assertEquals(List.of("im/2.png"), first.save(List.of(TestImages.picture(Color.RED, 1, 1))), "0 and 1 are taken");
    }

    @Test
    void labelsBecomeSafeFolderNames() {
        assertEquals("im", FolderNames.safe("im", 0));
        assertEquals("etcpasswd", FolderNames.safe("../../etc/passwd", 0));
        assertEquals("a b", FolderNames.safe("a<>:\"|?*\\ b", 0));
        assertEquals("component_3", FolderNames.safe("..", 3));
        assertEquals("component_1", FolderNames.safe("\u0000\n", 1));
        assertEquals("Output", FolderNames.safe(" Output. ", 1));
    }

    @Test
    void eightThreadsFlaggingImagesAHundredTimesEachGetUniqueFilesAndRows() throws Exception {
        Path flagged = temp.resolve("flagged");
        CSVLogger logger = new CSVLogger();
        logger.setup(SEPIA, flagged);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    logger.flag(List.of(TestImages.picture(Color.RED, 2, 2), TestImages.picture(Color.BLUE, 2, 2)), null, null);
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(flagged.resolve("logs.csv"));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
            rows = parser.getRecords();
        }
        assertEquals(801, rows.size());
        Set<String> cells = new HashSet<>();
        for (CSVRecord row : rows.subList(1, rows.size())) {
            for (String cell : row) {
                assertTrue(cells.add(cell), "used once: " + cell);
                assertTrue(Files.isRegularFile(flagged.resolve(cell)), "exists: " + cell);
            }
        }
        try (Stream<Path> images = Files.list(flagged.resolve("im"))) {
            assertEquals(800, images.count());
        }
        assertFalse(Files.exists(flagged.resolve("im/800.png")));
    }

    private static Map<String, Double> confidences(double cat, double dog) {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("cat", cat);
        map.put("dog", dog);
        return map;
    }

    private static Set<String> tree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            Set<String> names = new HashSet<>();
            // The lock file that serialises writers across processes is not part of the guide's tree.
            paths.filter(p -> !p.equals(dir) && !p.getFileName().toString().equals(CSVLogger.LOCK_FILE)).forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
            return names;
        }
    }
}
