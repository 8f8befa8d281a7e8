package dev.pennant.processor.model;

/**
 * The generated class's name.
 *
 * @param packageName the package (the declaring class's package), empty for the unnamed package
 * @param simpleName the simple name, unique in this compilation
 */
public record GeneratedClass(String packageName, String simpleName) {

    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }
}
