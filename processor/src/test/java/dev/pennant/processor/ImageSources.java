package dev.pennant.processor;

import javax.tools.JavaFileObject;

/** The guide's image demos: the classifier with flagging options, and the sepia filter. */
final class ImageSources {
    private ImageSources() {
    }

    static final JavaFileObject IMAGE_CLASSIFIER = Compilations.source("demo.ImageClassifier",
            "package demo;",
            "",
            "import dev.pennant.FlaggingMode;",
            "import dev.pennant.Interface;",
            "import java.awt.image.BufferedImage;",
            "import java.util.LinkedHashMap;",
            "import java.util.Map;",
            "",
            "public class ImageClassifier {",
            "",
            "    @Interface(flaggingMode = FlaggingMode.MANUAL, flaggingOptions = {\"Incorrect\", \"Offensive\", \"Other\"})",
            "    public static Map<String, Double> imageClassifier(BufferedImage im) {",
            "        Map<String, Double> confidences = new LinkedHashMap<>();",
            "        confidences.put(\"cat\", 0.7);",
            "        confidences.put(\"dog\", 0.3);",
            "        return confidences;",
            "    }",
            "}");

    static final JavaFileObject SEPIA = Compilations.source("demo.Sepia",
            "package demo;",
            "",
            "import dev.pennant.Interface;",
            "import java.awt.image.BufferedImage;",
            "",
            "public class Sepia {",
            "",
            "    @Interface",
            "    public static BufferedImage sepia(BufferedImage im) {",
            "        BufferedImage out = new BufferedImage(im.getWidth(), im.getHeight(), BufferedImage.TYPE_INT_RGB);",
            "        for (int y = 0; y < im.getHeight(); y++) {",
            "            for (int x = 0; x < im.getWidth(); x++) {",
            "                int rgb = im.getRGB(x, y);",
            "                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;",
            "                int sr = Math.min(255, (int) (0.393 * r + 0.769 * g + 0.189 * b));",
            "                int sg = Math.min(255, (int) (0.349 * r + 0.686 * g + 0.168 * b));",
            "                int sb = Math.min(255, (int) (0.272 * r + 0.534 * g + 0.131 * b));",
            "                out.setRGB(x, y, (sr << 16) | (sg << 8) | sb);",
            "            }",
            "        }",
            "        return out;",
            "    }",
            "}");
}
