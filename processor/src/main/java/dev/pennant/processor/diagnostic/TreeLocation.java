package dev.pennant.processor.diagnostic;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;

/** A node of a compilation unit's syntax tree, for code elements do not reach (see {@link SourceTrees}). */
record TreeLocation(Trees trees, Tree tree, CompilationUnitTree unit) implements Location {
}
