package dev.pennant.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The project's maven-compiler-plugin settings that dev mode compiles with, so a reload compiles as
 * {@code mvn compile} does: release (or source and target), encoding, parameters, proc, the processors
 * and their path, and compilerArgs.
 */
final class CompilerConfiguration {
    static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";

    /** One {@code <path>} of {@code annotationProcessorPaths}; a missing version comes from dependencyManagement. */
    record ProcessorArtifact(String groupId, String artifactId, String version, String classifier, String type) {}

    private final Xpp3Dom configuration;
    private final Properties properties;

    private CompilerConfiguration(Xpp3Dom configuration, Properties properties) {
        this.configuration = configuration == null ? new Xpp3Dom("configuration") : configuration;
        this.properties = properties;
    }

    static CompilerConfiguration of(MavenProject project) {
        Plugin plugin = project.getPlugin(COMPILER_PLUGIN);
        Xpp3Dom configuration = null;
        if (plugin != null) {
            configuration = copy(plugin.getConfiguration());
            PluginExecution compile = plugin.getExecutionsAsMap().get("default-compile");
            if (compile != null && compile.getConfiguration() != null) {
                configuration = Xpp3Dom.mergeXpp3Dom(copy(compile.getConfiguration()), configuration);
            }
        }
        return new CompilerConfiguration(configuration, project.getProperties());
    }

    List<String> javacOptions() {
        List<String> options = new ArrayList<>();
        String release = value("release", "maven.compiler.release");
        if (release != null) {
            options.addAll(List.of("--release", release));
        } else {
            addIfSet(options, "-source", value("source", "maven.compiler.source"));
            addIfSet(options, "-target", value("target", "maven.compiler.target"));
        }
        addIfSet(options, "-encoding", value("encoding", "project.build.sourceEncoding"));
        if ("true".equals(value("parameters", "maven.compiler.parameters"))) {
            options.add("-parameters");
        }
        String proc = value("proc", "maven.compiler.proc");
        if (proc != null) {
            options.add("-proc:" + proc);
        }
        List<String> processors = children("annotationProcessors").stream().map(Xpp3Dom::getValue).toList();
        if (!processors.isEmpty()) {
            options.addAll(List.of("-processor", String.join(",", processors)));
        }
        children("compilerArgs").stream().map(Xpp3Dom::getValue).filter(arg -> arg != null && !arg.isBlank())
                .forEach(options::add);
        return options;
    }

    List<ProcessorArtifact> processorPath() {
        return children("annotationProcessorPaths").stream()
                .map(path -> new ProcessorArtifact(text(path, "groupId"), text(path, "artifactId"), text(path, "version"),
                        text(path, "classifier"), text(path, "type")))
                .toList();
    }

    private String value(String parameter, String property) {
        Xpp3Dom child = configuration.getChild(parameter);
        String value = child == null ? properties.getProperty(property) : child.getValue();
        return value == null || value.isBlank() ? null : value.trim();
    }

    private List<Xpp3Dom> children(String parameter) {
        Xpp3Dom list = configuration.getChild(parameter);
        return list == null ? List.of() : List.of(list.getChildren());
    }

    private static String text(Xpp3Dom parent, String name) {
        Xpp3Dom child = parent.getChild(name);
        return child == null || child.getValue() == null || child.getValue().isBlank() ? null : child.getValue().trim();
    }

    private static void addIfSet(List<String> options, String option, String value) {
        if (value != null) {
            options.addAll(List.of(option, value));
        }
    }

    private static Xpp3Dom copy(Object configuration) {
        return configuration instanceof Xpp3Dom dom ? new Xpp3Dom(dom) : null;
    }
}
