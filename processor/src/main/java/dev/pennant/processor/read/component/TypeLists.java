package dev.pennant.processor.read.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lists of types that messages show, generated from {@link ComponentTable}. */
public final class TypeLists {
    private TypeLists() {
    }

    /**
     * The types {@code row} takes, for "Use it on …": "String and enum parameters" for inputs,
     * "methods returning boolean or Boolean" for outputs.
     */
    public static String fits(ComponentTable table, ComponentRow row) {
        List<String> names = new ArrayList<>();
        row.fits().forEach(fit -> names.addAll(fit.family().fitNames()));
        if (table.direction() == ComponentTable.Direction.OUTPUT) {
            return "methods returning " + joined(names, "or");
        }
        boolean primitive = row.fits().stream().allMatch(fit -> fit.family().isPrimitive());
        // primitive names read as types already ("boolean and Boolean"); class names read better as parameters
        return joined(names, "and") + (primitive ? "" : " parameters");
    }

    /** Every type the table shows, for "Use one of: …": the defaults, then those an annotation takes. */
    public static String supported(ComponentTable table) {
        List<String> entries = new ArrayList<>();
        List<String> primitives = new ArrayList<>();
        for (Fit fit : table.defaults()) {
            if (fit.family().isPrimitive()) {
                primitives.add(fit.family().listName());
            }
        }
        if (!primitives.isEmpty()) {
            entries.add(String.join(", ", primitives) + " (or their boxed types)");
        }
        for (TypeFamily family : table.families()) {
            Optional<Fit> byDefault = table.defaults().stream().filter(fit -> fit.family() == family).findFirst();
            if (byDefault.isEmpty()) {
                entries.add(family.listName() + " with " + String.join(" or ", annotationsTaking(table, family)));
            } else if (!family.isPrimitive()) {
                entries.add(family.listName() + (byDefault.get().namesTheKind() ? " (" + aKind(byDefault.get()) + ")" : ""));
            }
        }
        entries.addAll(table.alsoShown());
        return String.join(", ", entries.subList(0, entries.size() - 1)) + ", or " + entries.get(entries.size() - 1);
    }

    private static List<String> annotationsTaking(ComponentTable table, TypeFamily family) {
        return table.rows().stream()
                .filter(row -> row.fits().stream().anyMatch(fit -> fit.family() == family))
                .map(row -> "@" + row.kind().annotationName())
                .toList();
    }

    private static String aKind(Fit fit) {
        String name = fit.kind().annotationName();
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** "a", "a and b", "a, b and c" with {@code conjunction} for "and". */
    private static String joined(List<String> names, String conjunction) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + conjunction + " " + names.get(names.size() - 1);
    }
}
