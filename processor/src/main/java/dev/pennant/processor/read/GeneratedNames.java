package dev.pennant.processor.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Names generated classes {@code <Outer>_<Inner>_<method>_PennantInterface}. When that name is taken in
 * this compilation (overloads, or {@code A_B} next to {@code A.B}), the first method keeps it and later
 * ones get {@code _2}, {@code _3}, … before {@code _PennantInterface}, in source order.
 */
final class GeneratedNames {
    static final String SUFFIX = "_PennantInterface";

    private final Set<String> claimed = new HashSet<>();

    String allocate(String packageName, ExecutableElement method) {
        Deque<String> parts = new ArrayDeque<>();
        parts.addFirst(method.getSimpleName().toString());
        for (Element e = method.getEnclosingElement(); e instanceof TypeElement t; e = e.getEnclosingElement()) {
            parts.addFirst(t.getSimpleName().toString());
        }
        String base = String.join("_", parts);
        String name = base + SUFFIX;
        for (int n = 2; !claimed.add(qualified(packageName, name)); n++) {
            name = base + "_" + n + SUFFIX;
        }
        return name;
    }

    private static String qualified(String packageName, String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }
}
