package dev.pennant.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/** Resolves annotationProcessorPaths with their dependencies, as maven-compiler-plugin does. */
final class ProcessorPathResolver {
    private final RepositorySystem repositorySystem;
    private final RepositorySystemSession session;
    private final MavenProject project;

    ProcessorPathResolver(RepositorySystem repositorySystem, RepositorySystemSession session, MavenProject project) {
        this.repositorySystem = repositorySystem;
        this.session = session;
        this.project = project;
    }

    List<Path> resolve(List<CompilerConfiguration.ProcessorArtifact> artifacts) throws MojoExecutionException {
        CollectRequest collect = new CollectRequest();
        collect.setRepositories(project.getRemoteProjectRepositories());
        for (CompilerConfiguration.ProcessorArtifact artifact : artifacts) {
            if (artifact.groupId() == null || artifact.artifactId() == null) {
                throw new MojoExecutionException("An annotationProcessorPaths entry of maven-compiler-plugin needs a groupId "
                        + "and an artifactId");
            }
            String type = artifact.type() == null ? "jar" : artifact.type();
            collect.addDependency(new org.eclipse.aether.graph.Dependency(new DefaultArtifact(artifact.groupId(),
                    artifact.artifactId(), artifact.classifier(), type, version(artifact)), "runtime"));
        }
        try {
            return repositorySystem.resolveDependencies(session, new DependencyRequest(collect, null))
                    .getArtifactResults().stream()
                    .map(ArtifactResult::getArtifact)
                    .map(resolved -> resolved.getFile().toPath())
                    .toList();
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("Could not resolve the annotation processor path: " + e.getMessage(), e);
        }
    }

    private String version(CompilerConfiguration.ProcessorArtifact artifact) throws MojoExecutionException {
        if (artifact.version() != null) {
            return artifact.version();
        }
        if (project.getDependencyManagement() != null) {
            for (Dependency managed : project.getDependencyManagement().getDependencies()) {
                if (managed.getGroupId().equals(artifact.groupId()) && managed.getArtifactId().equals(artifact.artifactId())) {
                    return managed.getVersion();
                }
            }
        }
        throw new MojoExecutionException("The annotation processor " + artifact.groupId() + ":" + artifact.artifactId()
                + " in maven-compiler-plugin's annotationProcessorPaths has no version");
    }
}
