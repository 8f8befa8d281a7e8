package dev.pennant.processor.diagnostic;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Points at one of several repeated annotations on a method. javac wraps repeated annotations in a
 * synthesized container that has no position of its own, so {@code Messager} would put an error about
 * any of them on the method; the syntax tree still has each one where the user wrote it.
 */
record RepeatedAnnotations(Trees trees, String annotationName) {

    Optional<Location> find(ExecutableElement method, int rows, int row, int value) {
        TreePath methodPath = trees.getPath(method);
        if (methodPath == null || !(methodPath.getLeaf() instanceof MethodTree methodTree)) {
            return Optional.empty();
        }
        TreePath modifiers = new TreePath(methodPath, methodTree.getModifiers());
        List<AnnotationTree> written = new ArrayList<>();
        for (AnnotationTree annotation : methodTree.getModifiers().getAnnotations()) {
            if (isTheAnnotation(new TreePath(modifiers, annotation), annotation)) {
                written.add(annotation);
            }
        }
        if (written.size() != rows) {
            return Optional.empty();
        }
        AnnotationTree annotation = written.get(row);
        Tree at = annotation;
        if (value >= 0 && annotation.getArguments().size() == 1) {
            ExpressionTree argument = annotation.getArguments().get(0);
            if (argument instanceof AssignmentTree assignment) {
                argument = assignment.getExpression();
            }
            if (argument instanceof NewArrayTree array && array.getInitializers() != null
                    && value < array.getInitializers().size()) {
                at = array.getInitializers().get(value);
            } else if (!(argument instanceof NewArrayTree) && value == 0) {
                at = argument;
            }
        }
        return Optional.of(new TreeLocation(trees, at, methodPath.getCompilationUnit()));
    }

    private boolean isTheAnnotation(TreePath path, AnnotationTree annotation) {
        TypeMirror type = trees.getTypeMirror(path);
        if (type instanceof DeclaredType declared) {
            return ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(annotationName);
        }
        String written = annotation.getAnnotationType().toString();
        return written.equals(SourceTrees.simpleName(annotationName)) || written.equals(annotationName);
    }
}
