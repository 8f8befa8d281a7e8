package dev.pennant.processor.read.check;

import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Whether generated code, in any package, can write {@code new Callback()}. */
public final class FlaggingCallbacks {
    private FlaggingCallbacks() {
    }

    public static Optional<String> whyNotInstantiable(TypeElement callback) {
        ElementKind kind = callback.getKind();
        if (kind.isInterface()) {
            return Optional.of("it is an interface");
        }
        if (kind != ElementKind.CLASS && kind != ElementKind.RECORD) {
            return Optional.of("it is an " + kind.name().toLowerCase(Locale.ROOT));
        }
        if (callback.getModifiers().contains(Modifier.ABSTRACT)) {
            return Optional.of("it is abstract");
        }
        NestingKind nesting = callback.getNestingKind();
        if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
            return Optional.of("it is a local or anonymous class");
        }
        if (nesting == NestingKind.MEMBER && !callback.getModifiers().contains(Modifier.STATIC)) {
            return Optional.of("it is an inner class (a nested class without 'static')");
        }
        for (Element e = callback; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return Optional.of(t.equals(callback) ? "it is not public"
                        : "its enclosing class " + t.getSimpleName() + " is not public");
            }
        }
        boolean publicNoArg = ElementFilter.constructorsIn(callback.getEnclosedElements()).stream()
                .anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC) && c.getParameters().isEmpty());
        if (!publicNoArg) {
            return Optional.of("it has no public no-argument constructor");
        }
        return Optional.empty();
    }
}
