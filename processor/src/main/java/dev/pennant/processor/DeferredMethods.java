package dev.pennant.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Methods whose signature names a type no round has produced yet, kept for the next round. They are
 * kept by name (declaring class and position), since a round's elements are not valid in the next one.
 */
final class DeferredMethods {
    /** Source order within each class, so "the second method with this apiName" is the later one. */
    static final Comparator<ExecutableElement> SOURCE_ORDER =
            Comparator.comparing((ExecutableElement m) -> qualifiedNameOf(m.getEnclosingElement()))
                    .thenComparingInt(DeferredMethods::positionInClass);

    private final Map<String, List<Integer>> deferred = new LinkedHashMap<>();

    void defer(ExecutableElement method) {
        deferred.computeIfAbsent(qualifiedNameOf(method.getEnclosingElement()), k -> new ArrayList<>())
                .add(positionInClass(method));
    }

    /** The deferred methods as elements of the current round; none is deferred any more. */
    List<ExecutableElement> take(Elements elements) {
        List<ExecutableElement> methods = new ArrayList<>();
        deferred.forEach((typeName, positions) -> {
            TypeElement type = elements.getTypeElement(typeName);
            for (int position : positions) {
                methods.add((ExecutableElement) type.getEnclosedElements().get(position));
            }
        });
        deferred.clear();
        return methods;
    }

    private static String qualifiedNameOf(Element type) {
        return ((TypeElement) type).getQualifiedName().toString();
    }

    private static int positionInClass(Element member) {
        return member.getEnclosingElement().getEnclosedElements().indexOf(member);
    }
}
