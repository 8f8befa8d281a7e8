package dev.pennant.processor;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Collects generated class names across rounds and writes
 * {@code META-INF/services/dev.pennant.spi.GeneratedInterface} once, in the last round, so the
 * runtime finds them with {@link java.util.ServiceLoader}.
 */
final class ServicesFile {
    static final String PATH = "META-INF/services/dev.pennant.spi.GeneratedInterface";

    private final Set<String> classNames = new LinkedHashSet<>();
    private final List<Element> originatingElements = new ArrayList<>();

    void add(String qualifiedClassName, Element originatingElement) {
        classNames.add(qualifiedClassName);
        originatingElements.add(originatingElement);
    }

    void write(Filer filer) throws IOException {
        if (classNames.isEmpty()) {
            return;
        }
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH,
                originatingElements.toArray(new Element[0]));
        try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            for (String className : classNames) {
                writer.write(className);
                writer.write('\n');
            }
        }
    }
}
