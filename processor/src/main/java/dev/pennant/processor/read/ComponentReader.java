package dev.pennant.processor.read;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.model.ComponentKind;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.model.props.Props;
import dev.pennant.processor.read.check.FolderLabels;
import dev.pennant.processor.read.component.ComponentTable;
import dev.pennant.processor.read.component.Fit;
import dev.pennant.processor.read.component.Pick;
import dev.pennant.processor.read.component.TypeLists;
import dev.pennant.processor.read.mirror.AnnotationValues;
import dev.pennant.processor.read.mirror.Mirrors;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/** What inputs and outputs share: finding the component annotation, picking from the table, reading the props. */
final class ComponentReader {
    private final ReadContext context;
    private final ComponentTable table;

    ComponentReader(ReadContext context, ComponentTable table) {
        this.context = context;
        this.table = table;
    }

    /** The component annotations on {@code element} that this direction allows, in source order. */
    List<AnnotationValues> annotations(Element element) {
        return Mirrors.findAll(element, table.annotationNames()).stream()
                .map(mirror -> context.values(element, mirror))
                .toList();
    }

    /** Reports that {@code what} (such as "Parameter 'x'") has several component annotations. */
    Optional<ComponentModel> conflict(List<AnnotationValues> annotations, String what) {
        String names = annotations.stream().map(a -> "@" + a.simpleName()).collect(Collectors.joining(", "));
        annotations.get(1).error(Diagnostic.CONFLICTING_COMPONENTS, what, names);
        return Optional.empty();
    }

    Pick pick(TypeMirror type, Optional<AnnotationValues> annotation) {
        return table.pick(type, annotation.map(AnnotationValues::name), context.javaTypes());
    }

    /** The types the annotation takes, for "Use it on …". */
    String fits(AnnotationValues annotation) {
        return TypeLists.fits(table, table.row(annotation.name()).orElseThrow());
    }

    /** Reports that the annotation cannot show {@code type}; {@code fits} says what it takes. */
    Optional<ComponentModel> mismatch(AnnotationValues annotation, TypeMirror type, String fits) {
        annotation.error(Diagnostic.COMPONENT_TYPE_MISMATCH, annotation.simpleName(), type, fits);
        return Optional.empty();
    }

    /**
     * The component a fitting pick makes, labelled by the annotation or {@code defaultLabel}; empty after
     * reporting props that cannot work or a label that cannot name a folder of files.
     */
    Optional<ComponentModel> component(TypeMirror type, Pick pick, Optional<AnnotationValues> annotation,
                                       String defaultLabel) {
        Fit fit = pick.fit().orElseThrow();
        ComponentKind kind = fit.kind();
        ValueType valueType = fit.valueTypeOf(type, context.javaTypes());
        String label = annotation.flatMap(a -> a.nonEmptyString("label")).orElse(defaultLabel);
        Optional<Props> props = Optional.of(Props.NONE);
        if (annotation.isPresent()) {
            int before = context.reporter().errorCount();
            props = pick.row().orElseThrow().props().read(annotation.get(), valueType);
            if (kind.holdsFiles()) {
                FolderLabels.check(annotation.get(), label, kind);
            }
            if (context.reporter().errorCount() > before) {
                return Optional.empty();
            }
        }
        return props.map(p -> new ComponentModel(label, kind, valueType, type, p));
    }
}
