/**
 * Pennant's runtime: the annotations users write, the component and flagging types they meet, and
 * the contract generated code implements. The server's packages are not exported: they are internal.
 *
 * <p>An application on the module path lists its generated interfaces, since a named module's
 * {@code META-INF/services} file is not read, and reads {@code java.compiler} for their
 * {@code @Generated}:
 * <pre>{@code
 * module demo.app {
 *     requires dev.pennant;
 *     requires static java.compiler;
 *     provides dev.pennant.spi.GeneratedInterface with demo.Calculator_calculator_PennantInterface;
 * }
 * }</pre>
 */
module dev.pennant {
    requires transitive java.desktop;   // BufferedImage is a parameter and return type users write
    requires transitive com.fasterxml.jackson.databind;   // the component codecs speak JsonNode
    requires io.javalin;
    requires org.apache.commons.csv;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.util;
    requires org.slf4j;

    exports dev.pennant;
    exports dev.pennant.components;
    exports dev.pennant.flagging;
    exports dev.pennant.spi;

    uses dev.pennant.spi.GeneratedInterface;
}
