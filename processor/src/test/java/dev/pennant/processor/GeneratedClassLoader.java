package dev.pennant.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import javax.tools.JavaFileObject;
import dev.pennant.spi.GeneratedInterface;

/**
 * Loads what a compilation produced (classes and the services file) the way an application would:
 * the files go to a directory on a class loader whose parent has the runtime, and ServiceLoader finds them.
 */
final class GeneratedClassLoader {
    private GeneratedClassLoader() {
    }

    static URLClassLoader of(Compilation compilation, Path directory) {
        for (JavaFileObject file : compilation.generatedFiles()) {
            // compile-testing names outputs mem:///CLASS_OUTPUT/<path>
            String uri = file.toUri().getPath();
            String prefix = "/CLASS_OUTPUT/";
            if (!uri.startsWith(prefix)) {
                continue;
            }
            Path target = directory.resolve(uri.substring(prefix.length()));
            try (InputStream in = file.openInputStream()) {
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return new URLClassLoader(new URL[] {directory.toUri().toURL()},
                    GeneratedClassLoader.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single GeneratedInterface the compilation listed in its services file. */
    static GeneratedInterface onlyInterface(Compilation compilation, Path directory) {
        ServiceLoader<GeneratedInterface> loader = ServiceLoader.load(GeneratedInterface.class, of(compilation, directory));
        var all = loader.stream().map(ServiceLoader.Provider::get).toList();
        if (all.size() != 1) {
            throw new AssertionError("expected one generated interface, found " + all);
        }
        return all.get(0);
    }
}
