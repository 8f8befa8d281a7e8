package dev.pennant.server;

import dev.pennant.spi.GeneratedInterface;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the generated interfaces for the targets through {@link ServiceLoader}: no classpath
 * scanning and no reflection on user code; the processor listed every class it wrote.
 */
final class InterfaceDiscovery {

    /** A generated interface and what it is bound to (null for a static method). */
    record Binding(GeneratedInterface generated, Object target) {}

    private InterfaceDiscovery() {}

    static List<Binding> bind(List<Object> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("Nothing to serve: pass a class with @Interface methods, "
                    + "e.g. Pennant.launch(Calculator.class)");
        }
        List<GeneratedInterface> all = loadAll();
        List<Binding> bindings = new ArrayList<>();
        for (Object target : targets) {
            List<Binding> found = target instanceof Class<?> type ? forClass(type, all) : forObject(target, all);
            if (found.isEmpty()) {
                Class<?> type = target instanceof Class<?> c ? c : target.getClass();
                throw new IllegalArgumentException("No @Interface method found for " + type.getName()
                        + ". Is it annotated, and is the Pennant annotation processor (dev.pennant:pennant-processor) "
                        + "on the compiler's annotationProcessorPaths? Without it no code is generated.");
            }
            bindings.addAll(found);
        }
        return bindings;
    }

    private static List<Binding> forClass(Class<?> type, List<GeneratedInterface> all) {
        List<Binding> found = new ArrayList<>();
        for (GeneratedInterface generated : all) {
            if (!generated.spec().declaringClass().equals(type)) {
                continue;
            }
            if (!generated.spec().isStatic()) {
                throw new IllegalArgumentException(type.getName() + "." + generated.spec().methodName()
                        + " is an instance method; serve an instance instead: Pennant.builder().serve(new "
                        + type.getSimpleName() + "(...))");
            }
            found.add(new Binding(generated, null));
        }
        return found;
    }

    /** Instance methods are bound to the object; the class's static methods come along too. */
    private static List<Binding> forObject(Object target, List<GeneratedInterface> all) {
        List<Binding> found = new ArrayList<>();
        for (GeneratedInterface generated : all) {
            if (generated.spec().declaringClass().isInstance(target)) {
                found.add(new Binding(generated, generated.spec().isStatic() ? null : target));
            }
        }
        return found;
    }

    /**
     * Looks in the thread's context class loader (application servers, test runners) and in
     * Pennant's own, keeping one instance per generated class.
     */
    private static List<GeneratedInterface> loadAll() {
        Map<String, GeneratedInterface> byClass = new LinkedHashMap<>();
        List<ClassLoader> loaders = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        loaders.add(GeneratedInterface.class.getClassLoader());
        for (ClassLoader loader : loaders) {
            try {
                for (GeneratedInterface generated : ServiceLoader.load(GeneratedInterface.class, loader)) {
                    byClass.putIfAbsent(generated.getClass().getName(), generated);
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("Could not load a generated Pennant interface listed in "
                        + "META-INF/services/" + GeneratedInterface.class.getName() + ": " + e.getMessage()
                        + ". Rebuild the project so the annotation processor regenerates it.", e);
            }
        }
        return new ArrayList<>(byClass.values());
    }
}
