package dev.pennant.maven.launch;

import dev.pennant.Pennant;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.LinkedHashSet;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Starts the project's interfaces inside the dev mode's fresh class loader, where this class, the
 * runtime and the freshly compiled classes live together. It finds the interfaces through the
 * services file the processor wrote, as the runtime does; the dev mode talks to it only through JDK
 * types ({@link BiFunction}, {@link AutoCloseable}), since its own classes are not visible here.
 */
public final class DevLauncher implements BiFunction<String, Integer, AutoCloseable> {

    @Override
    public AutoCloseable apply(String host, Integer port) {
        Set<Class<?>> served = new LinkedHashSet<>();
        Set<Class<?>> withInstanceMethods = new LinkedHashSet<>();
        Set<String> skipped = new TreeSet<>();
        for (GeneratedInterface generated : ServiceLoader.load(GeneratedInterface.class, DevLauncher.class.getClassLoader())) {
            InterfaceSpec spec = generated.spec();
            if (spec.isStatic()) {
                served.add(spec.declaringClass());
            } else {
                withInstanceMethods.add(spec.declaringClass());
                skipped.add(spec.declaringClass().getName() + "." + spec.methodName());
            }
        }
        // Instance methods need an object that only the project's own code can build.
        served.removeAll(withInstanceMethods);
        if (!skipped.isEmpty()) {
            System.err.println("Dev mode serves classes whose @Interface methods are all static; not served: "
                    + String.join(", ", skipped));
        }
        if (served.isEmpty()) {
            throw new IllegalStateException("No static @Interface method found in the project's sources"
                    + (skipped.isEmpty() ? "" : " (only instance methods: " + String.join(", ", skipped) + ")"));
        }
        Pennant.Builder builder = Pennant.builder().host(host).port(port);
        served.forEach(builder::serve);
        return new StartedApp(builder.start());
    }
}
