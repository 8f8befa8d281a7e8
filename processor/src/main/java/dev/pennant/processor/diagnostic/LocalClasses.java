package dev.pennant.processor.diagnostic;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Finds methods with a given annotation in local and anonymous classes by reading the syntax trees. */
final class LocalClasses {
    private final Trees trees;
    private final String annotationName;
    private final String annotationPackage;

    LocalClasses(Trees trees, String annotationName) {
        this.trees = trees;
        this.annotationName = annotationName;
        this.annotationPackage = SourceTrees.packageName(annotationName);
    }

    List<SourceTrees.LocalMethod> scan(Iterable<? extends Element> rootElements) {
        Set<CompilationUnitTree> units = new LinkedHashSet<>();
        for (TypeElement root : ElementFilter.typesIn(rootElements)) {
            TreePath path = trees.getPath(root);
            if (path != null) {
                units.add(path.getCompilationUnit());
            }
        }
        List<SourceTrees.LocalMethod> found = new ArrayList<>();
        for (CompilationUnitTree unit : units) {
            scan(unit, found);
        }
        return found;
    }

    private void scan(CompilationUnitTree unit, List<SourceTrees.LocalMethod> found) {
        boolean imported = importsAnnotation(unit);
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree tree, Void unused) {
                Tree.Kind parent = getCurrentPath().getParentPath().getLeaf().getKind();
                boolean member = parent == Tree.Kind.COMPILATION_UNIT || isClassKind(parent);
                if (!member) {
                    for (Tree memberTree : tree.getMembers()) {
                        if (memberTree instanceof MethodTree method && isAnnotated(method, imported)) {
                            String where = tree.getSimpleName().isEmpty()
                                    ? "an anonymous class" : "local class " + tree.getSimpleName();
                            found.add(new SourceTrees.LocalMethod(method.getName().toString(), where,
                                    packageOf(unit), new TreeLocation(trees, method, unit)));
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

    private boolean isAnnotated(MethodTree method, boolean imported) {
        for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
            String name = annotation.getAnnotationType().toString();
            if (name.equals(annotationName) || (imported && name.equals(SourceTrees.simpleName(annotationName)))) {
                return true;
            }
        }
        return false;
    }

    private boolean importsAnnotation(CompilationUnitTree unit) {
        if (packageOf(unit).equals(annotationPackage)) {
            return true;
        }
        for (ImportTree importTree : unit.getImports()) {
            String imported = importTree.getQualifiedIdentifier().toString();
            if (!importTree.isStatic()
                    && (imported.equals(annotationName) || imported.equals(annotationPackage + ".*"))) {
                return true;
            }
        }
        return false;
    }

    private static String packageOf(CompilationUnitTree unit) {
        return unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    }
}
