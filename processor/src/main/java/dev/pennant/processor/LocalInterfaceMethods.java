package dev.pennant.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reports {@code @Interface} methods in local and anonymous classes. javac attributes those classes
 * only after annotation processing, so they have no elements yet and {@code getElementsAnnotatedWith}
 * never returns them; this scan reads the syntax trees instead so they are reported, not silently
 * ignored. It needs javac's tree API and runs only in rounds where javac calls this processor (some
 * other {@code @Interface} method is in the compilation); elsewhere it does nothing.
 */
final class LocalInterfaceMethods {
    private static final String PACKAGE = "dev.pennant";

    private final Trees trees;
    private final Reporter reporter;

    private LocalInterfaceMethods(Trees trees, Reporter reporter) {
        this.trees = trees;
        this.reporter = reporter;
    }

    static LocalInterfaceMethods create(ProcessingEnvironment processingEnv, Reporter reporter) {
        Trees trees;
        try {
            trees = Trees.instance(processingEnv);
        } catch (IllegalArgumentException | LinkageError e) {
            trees = null;   // not javac, or a build tool wraps the environment
        }
        return new LocalInterfaceMethods(trees, reporter);
    }

    void report(Iterable<? extends Element> rootElements) {
        if (trees == null) {
            return;
        }
        Set<CompilationUnitTree> units = new LinkedHashSet<>();
        for (TypeElement root : ElementFilter.typesIn(rootElements)) {
            TreePath path = trees.getPath(root);
            if (path != null) {
                units.add(path.getCompilationUnit());
            }
        }
        for (CompilationUnitTree unit : units) {
            scan(unit);
        }
    }

    private void scan(CompilationUnitTree unit) {
        boolean interfaceImported = importsInterface(unit);
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree tree, Void unused) {
                Tree.Kind parent = getCurrentPath().getParentPath().getLeaf().getKind();
                boolean member = parent == Tree.Kind.COMPILATION_UNIT || isClassKind(parent);
                if (!member) {
                    for (Tree memberTree : tree.getMembers()) {
                        if (memberTree instanceof MethodTree method && isInterface(method, interfaceImported)) {
                            String where = tree.getSimpleName().isEmpty()
                                    ? "an anonymous class" : "local class " + tree.getSimpleName();
                            reporter.error(trees, method, unit, Diagnostic.UNREACHABLE_CLASS, method.getName(),
                                    where, packageOf(unit), "it is a local or anonymous class");
                        }
                    }
                }
                return super.visitClass(tree, unused);
            }
        }.scan(unit, null);
    }

    private static boolean isClassKind(Tree.Kind kind) {
        return kind == Tree.Kind.CLASS || kind == Tree.Kind.INTERFACE || kind == Tree.Kind.ENUM
                || kind == Tree.Kind.ANNOTATION_TYPE || "RECORD".equals(kind.name());
    }

    private static boolean isInterface(MethodTree method, boolean interfaceImported) {
        for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
            String name = annotation.getAnnotationType().toString();
            if (name.equals(AnnotationNames.INTERFACE) || (interfaceImported && name.equals("Interface"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean importsInterface(CompilationUnitTree unit) {
        if (packageOf(unit).equals(PACKAGE)) {
            return true;
        }
        for (ImportTree importTree : unit.getImports()) {
            String imported = importTree.getQualifiedIdentifier().toString();
            if (!importTree.isStatic()
                    && (imported.equals(AnnotationNames.INTERFACE) || imported.equals(PACKAGE + ".*"))) {
                return true;
            }
        }
        return false;
    }

    private static String packageOf(CompilationUnitTree unit) {
        return unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    }
}
