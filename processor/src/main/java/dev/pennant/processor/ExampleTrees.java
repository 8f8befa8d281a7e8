package dev.pennant.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Points at one of several repeated {@code @Example}s. javac wraps repeated annotations in a
 * synthesized {@code @Examples} that has no position of its own, so {@code Messager} would put an
 * error about any of them on the method; the syntax tree still has each {@code @Example} where the
 * user wrote it. Outside javac (no tree API) errors fall back to the method.
 */
final class ExampleTrees {

    /** A place in the source, for {@link Reporter#error(Trees, Tree, CompilationUnitTree, Diagnostic, Object...)}. */
    record Position(Trees trees, Tree tree, CompilationUnitTree unit) {
    }

    private final Trees trees;

    private ExampleTrees(Trees trees) {
        this.trees = trees;
    }

    static ExampleTrees create(ProcessingEnvironment processingEnv) {
        try {
            return new ExampleTrees(Trees.instance(processingEnv));
        } catch (IllegalArgumentException | LinkageError e) {
            return new ExampleTrees(null);   // not javac, or a build tool wraps the environment
        }
    }

    /**
     * Where row {@code row} (of {@code rows} repeated {@code @Example}s) is written, narrowed to its value
     * {@code value}, or to the whole row when {@code value} is negative. Empty when the rows were not
     * written as repeated annotations (a single {@code @Example} or an explicit {@code @Examples}, which
     * {@code Messager} locates by itself).
     */
    Optional<Position> find(ExecutableElement method, int rows, int row, int value) {
        if (trees == null || rows < 2) {
            return Optional.empty();
        }
        TreePath methodPath = trees.getPath(method);
        if (methodPath == null || !(methodPath.getLeaf() instanceof MethodTree methodTree)) {
            return Optional.empty();
        }
        TreePath modifiers = new TreePath(methodPath, methodTree.getModifiers());
        List<AnnotationTree> examples = new ArrayList<>();
        for (AnnotationTree annotation : methodTree.getModifiers().getAnnotations()) {
            if (isExample(new TreePath(modifiers, annotation), annotation)) {
                examples.add(annotation);
            }
        }
        if (examples.size() != rows) {
            return Optional.empty();
        }
        AnnotationTree example = examples.get(row);
        Tree at = example;
        if (value >= 0 && example.getArguments().size() == 1) {
            ExpressionTree argument = example.getArguments().get(0);
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
        return Optional.of(new Position(trees, at, methodPath.getCompilationUnit()));
    }

    private boolean isExample(TreePath path, AnnotationTree annotation) {
        TypeMirror type = trees.getTypeMirror(path);
        if (type instanceof DeclaredType declared) {
            return ValueTypes.qualifiedName(declared).equals(AnnotationNames.EXAMPLE);
        }
        String written = annotation.getAnnotationType().toString();
        return written.equals("Example") || written.equals(AnnotationNames.EXAMPLE);
    }
}
