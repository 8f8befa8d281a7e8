package dev.pennant.processor;

/** The lists of supported Java types that diagnostics show, kept in one place with the type checks. */
final class SupportedTypes {
    static final String INPUTS =
            "double, float, int, long, boolean (or their boxed types), String, an enum, "
                    + "BufferedImage (an Image), java.nio.file.Path (a File), or byte[] with @Image";
    static final String OUTPUTS =
            "double, float, int, long, boolean (or their boxed types), String, "
                    + "Map<String, ? extends Number> (a Label), BufferedImage (an Image), java.nio.file.Path (a File), "
                    + "byte[] with @Image, a Map<String, ?>, Collection or record with @Json, "
                    + "or a record whose components are among these";

    private SupportedTypes() {
    }
}
