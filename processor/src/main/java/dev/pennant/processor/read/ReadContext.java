package dev.pennant.processor.read;

import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.SourceTrees;
import dev.pennant.processor.read.check.Access;
import dev.pennant.processor.read.mirror.AnnotationValues;
import dev.pennant.processor.read.mirror.JavaTypes;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What every reader uses: the compiler's utilities, the one reporter, and the questions about types and names. */
record ReadContext(Elements elements, Types types, Reporter reporter, SourceTrees sourceTrees, JavaTypes javaTypes,
                   Access access) {

    static ReadContext of(Elements elements, Types types, Reporter reporter, SourceTrees sourceTrees) {
        return new ReadContext(elements, types, reporter, sourceTrees, new JavaTypes(elements, types), new Access(elements));
    }

    /** {@code mirror} on {@code element}, to read its members and report on them. */
    AnnotationValues values(Element element, AnnotationMirror mirror) {
        return new AnnotationValues(elements, reporter, element, mirror);
    }
}
