package dev.pennant.maven;

import dev.pennant.maven.dev.DevLoop;
import dev.pennant.maven.dev.DevSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * {@code mvn pennant:dev}: compiles the project with its annotation processors, serves its static
 * {@code @Interface} methods, and on every saved change under {@code src/main} recompiles and restarts
 * them in a fresh class loader on the same port. Compile errors go to the console and to the page.
 */
@Mojo(name = "dev", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class DevMojo extends AbstractMojo {
    static final String PORT_VARIABLE = "GRADIO_SERVER_PORT";
    static final String HOST_VARIABLE = "GRADIO_SERVER_NAME";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private RepositorySystem repositorySystem;

    /** The port; 0 picks a free one, kept for every reload. Default: {@code GRADIO_SERVER_PORT}, else 7860. */
    @Parameter(property = "pennant.port")
    private Integer port;

    /** The address to bind. Default: {@code GRADIO_SERVER_NAME}, else 127.0.0.1. */
    @Parameter(property = "pennant.host")
    private String host;

    /** How often, in milliseconds, the sources are checked for changes. */
    @Parameter(property = "pennant.pollMillis", defaultValue = "300")
    private long pollMillis;

    @Override
    public void execute() throws MojoExecutionException {
        if ("pom".equals(project.getPackaging())) {
            // In a multi-module build only the app's module has sources; the others would block it.
            getLog().info("pennant:dev: nothing to serve in " + project.getArtifactId() + " (packaging pom)");
            return;
        }
        DevLoop loop = new DevLoop(settings(), new MavenConsole(getLog()));
        Thread stop = new Thread(loop::close, "pennant-dev-stop");
        Runtime.getRuntime().addShutdownHook(stop);   // Ctrl+C closes the server as close() does
        try {
            loop.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            loop.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException alreadyStopping) {
                // the hook is running or has run
            }
        }
    }

    private DevSettings settings() throws MojoExecutionException {
        CompilerConfiguration compiler = CompilerConfiguration.of(project);
        List<CompilerConfiguration.ProcessorArtifact> processors = compiler.processorPath();
        Optional<List<Path>> processorPath = processors.isEmpty() ? Optional.empty()
                : Optional.of(new ProcessorPathResolver(repositorySystem, session.getRepositorySession(), project)
                        .resolve(processors));
        Path buildDir = Path.of(project.getBuild().getDirectory());
        Path outputDir = Path.of(project.getBuild().getOutputDirectory());
        // The compiler plugin's generated sources would clash with the ones each dev build regenerates.
        Path generatedByCompile = buildDir.resolve("generated-sources").resolve("annotations");
        List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of)
                .filter(root -> !root.startsWith(generatedByCompile)).toList();
        List<Path> resourceRoots = project.getResources().stream().map(Resource::getDirectory).map(Path::of)
                .filter(Files::isDirectory).toList();
        try {
            return new DevSettings(project.getBasedir().toPath(), sourceRoots, resourceRoots,
                    without(outputDir, project.getCompileClasspathElements()),
                    without(outputDir, project.getRuntimeClasspathElements()),
                    processorPath, compiler.javacOptions(), buildDir.resolve("pennant-dev"),
                    host(System.getenv()), port(System.getenv()), Duration.ofMillis(Math.max(50, pollMillis)));
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Could not resolve the project's class path: " + e.getMessage(), e);
        }
    }

    /** The project's own output holds the last {@code mvn compile}; each dev build has its own. */
    private static List<Path> without(Path outputDir, List<String> classpath) {
        return classpath.stream().map(Path::of).filter(entry -> !entry.equals(outputDir)).toList();
    }

    private String host(Map<String, String> environment) {
        if (host != null && !host.isBlank()) {
            return host.trim();
        }
        String fromEnvironment = environment.get(HOST_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? "127.0.0.1" : fromEnvironment.trim();
    }

    private int port(Map<String, String> environment) throws MojoExecutionException {
        if (port != null) {
            return checked(port, "pennant.port", String.valueOf(port));
        }
        String fromEnvironment = environment.get(PORT_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            return 7860;
        }
        try {
            return checked(Integer.parseInt(fromEnvironment.trim()), PORT_VARIABLE, fromEnvironment);
        } catch (NumberFormatException e) {
            return checked(-1, PORT_VARIABLE, fromEnvironment);
        }
    }

    private static int checked(int port, String name, String written) throws MojoExecutionException {
        if (port < 0 || port > 65535) {
            throw new MojoExecutionException(name + " must be a port number between 0 and 65535, got \"" + written + "\"");
        }
        return port;
    }
}
