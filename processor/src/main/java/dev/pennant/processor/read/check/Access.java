package dev.pennant.processor.read.check;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Whether generated code in a given package can name a type (and so call its methods or use its values). */
public final class Access {
    private final Elements elements;

    public Access(Elements elements) {
        this.elements = elements;
    }

    /** Why {@code type} cannot be named from {@code fromPackage}, or empty when it can. */
    public Optional<String> whyNotNameable(TypeElement type, String fromPackage) {
        boolean samePackage = packageOf(type).equals(fromPackage);
        Element current = type;
        while (current instanceof TypeElement t) {
            NestingKind nesting = t.getNestingKind();
            if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
                return Optional.of(describe(t, type) + " is a local or anonymous class");
            }
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return Optional.of(describe(t, type) + " is private");
            }
            if (!samePackage && !t.getModifiers().contains(Modifier.PUBLIC)) {
                return Optional.of(describe(t, type) + " is not public and lives in another package");
            }
            current = t.getEnclosingElement();
        }
        return Optional.empty();
    }

    public String packageOf(Element element) {
        return elements.getPackageOf(element).getQualifiedName().toString();
    }

    private static String describe(TypeElement which, TypeElement type) {
        return which.equals(type) ? "it" : "its enclosing class " + which.getSimpleName();
    }
}
