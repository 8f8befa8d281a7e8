package dev.pennant.userproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's path for a new user, walked as they would: from a copy of the clone, fill an empty
 * local Maven repository with the one install command, generate a project from the template, build
 * and test it, run it three ways (jar, exec:java, dev mode) and call it over HTTP. Only the commands
 * the README gives are run, so a missing or wrong step fails here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshCloneToOwnAppTest {
    // The commands as the README's "Using Pennant in your project" gives them.
    static final String INSTALL = "./mvnw install -DskipTests -pl runtime,processor,maven-plugin,archetype -am";
    static final String GENERATE = "pennant/mvnw archetype:generate -DarchetypeGroupId=dev.pennant"
            + " -DarchetypeArtifactId=pennant-archetype -DarchetypeVersion=0.1.0-SNAPSHOT -DgroupId=com.example"
            + " -DartifactId=hello-pennant -Dpackage=com.example.hello -DinteractiveMode=false";
    static final String PACKAGE = "../pennant/mvnw package";
    static final String RUN_JAR = "java -jar target/hello-pennant-1.0-SNAPSHOT.jar";
    static final String RUN = "../pennant/mvnw compile exec:java";
    static final String DEV = "../pennant/mvnw pennant:dev";

    static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);
    static final Duration SERVE_TIMEOUT = Duration.ofMinutes(5);
    static final Duration RELOAD_DEADLINE = Duration.ofMinutes(3);

    @TempDir
    static Path workspace;
    static Path repository;
    static Readme readme;
    static Maven maven;
    static Path project;

    @BeforeAll
    static void installAndGenerate() throws Exception {
        repository = Path.of(System.getProperty("pennant.repositoryRoot")).toRealPath();
        readme = Readme.read(repository);
        for (String command : List.of(INSTALL, GENERATE, PACKAGE, RUN_JAR, RUN, DEV)) {
            assertTrue(readme.givesCommand(command), "README's \"Using Pennant in your project\" should give `" + command + "`");
        }
        Path clone = Clone.copy(repository, workspace.resolve("pennant"));
        maven = new Maven(Files.createDirectories(workspace.resolve("empty-local-repository")),
                Files.createDirectories(workspace.resolve("empty-maven-user-home")), workspace.resolve("logs"));

        long started = System.nanoTime();
        maven.run(clone, INSTALL, BUILD_TIMEOUT);
        report("install into the empty local repository (downloads included)", started);

        started = System.nanoTime();
        maven.run(workspace, GENERATE, BUILD_TIMEOUT);
        report("archetype:generate", started);
        project = workspace.resolve("hello-pennant");
    }

    @Test
    @Order(1)
    void theReadmesPomIsTheOneTheTemplateWrites() throws Exception {
        assertEquals(readme.pom().strip(), Files.readString(project.resolve("pom.xml")).strip());
    }

    @Test
    @Order(2)
    void theGeneratedProjectPassesItsTestsAndPackagesARunnableJar() throws Exception {
        long started = System.nanoTime();
        String log = maven.run(project, PACKAGE, BUILD_TIMEOUT);
        report("package (the generated project's tests included)", started);
        assertTrue(log.contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0"), Launched.tail(log, 60));
        assertTrue(Files.isRegularFile(project.resolve("target/hello-pennant-1.0-SNAPSHOT.jar")));
    }

    @Test
    @Order(3)
    void theRunnableJarServesTheAppAndFlags() throws Exception {
        String[] words = RUN_JAR.split(" ");
        ProcessBuilder jar = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                words[1], words[2]);
        assertServesAndFlags(jar);
    }

    @Test
    @Order(4)
    void theRunCommandServesTheAppAndFlags() throws Exception {
        assertServesAndFlags(maven.command(project, RUN));
    }

    @Test
    @Order(5)
    void devModeReloadsAnEditedMethodShowsACompileErrorAndComesBackWhenItIsFixed() throws Exception {
        deleteFlaggedData();
        Path source = project.resolve("src/main/java/com/example/hello/PirateTalk.java");
        String original = Files.readString(source);
        ProcessBuilder dev = maven.command(project, DEV);
        dev.environment().put("GRADIO_SERVER_PORT", "0");
        try (Launched process = Launched.start(dev)) {
            int port = process.port(SERVE_TIMEOUT);
            Http.Answer first = Http.predict(port, "Hello my friend", false);
            assertTrue(first.body().contains("\"Ahoy me matey, arr!\""), first.body());
            assertEquals(200, Http.flag(port, first).status());

            long edited = System.nanoTime();
            Files.writeString(source, original.replace("\"friend\", \"matey\"", "\"friend\", \"bucko\""));
            awaitOn(process, "the edited method on port " + port,
                    () -> Http.predict(port, "Hello my friend", false).body().contains("\"Ahoy me bucko, arr!\""));
            report("dev mode: save to new answer", edited);
            Http.Answer flaggedAfterReload = Http.flag(port, Http.predict(port, "Hi friends", false));
            assertEquals("{\"count\":2}", flaggedAfterReload.body().replace(" ", ""));
            assertFlagged("Hello my friend,false,\"Ahoy me matey, arr!\"", "Hi friends,false,\"Ahoy hearties, arr!\"");

            String broken = Files.readString(source).replace("String answer = said + \", arr!\";",
                    "String answer = said + \", arr!\"");
            Files.writeString(source, broken);
            awaitOn(process, "the compile error on the page", () -> Http.page(port).status() == 503);
            Http.Answer page = Http.page(port);
            assertTrue(page.body().contains("src/main/java/com/example/hello/PirateTalk.java:")
                    && page.body().contains("error: ';' expected"), page.body());
            Http.Answer api = Http.predict(port, "Hello", false);
            assertEquals(503, api.status());
            assertTrue(api.body().contains("error: ';' expected"), api.body());
            assertTrue(process.log().contains("[ERROR] src/main/java/com/example/hello/PirateTalk.java:"),
                    Launched.tail(process.log(), 40));

            Files.writeString(source, broken.replace("String answer = said + \", arr!\"", "String answer = said + \", arr!\";"));
            awaitOn(process, "the fixed app",
                    () -> Http.predict(port, "Hello my friend", true).body().contains("\"AHOY ME BUCKO, ARR!\""));
        }
    }

    private static void assertServesAndFlags(ProcessBuilder command) throws Exception {
        deleteFlaggedData();
        command.directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(workspace.resolve("logs").resolve("serve-" + System.nanoTime() + ".log").toFile());
        command.environment().put("GRADIO_SERVER_PORT", "0");
        try (Launched process = Launched.start(command)) {
            int port = process.port(SERVE_TIMEOUT);
            Http.Answer answer = Http.predict(port, "Yes, you are my friend", false);
            assertEquals(200, answer.status(), answer.body());
            assertTrue(answer.body().contains("\"Aye, ye be me matey, arr!\""), answer.body());
            assertEquals("{\"count\":1}", Http.flag(port, answer).body().replace(" ", ""));
        }
        assertFlagged("\"Yes, you are my friend\",false,\"Aye, ye be me matey, arr!\"");
    }

    private static void assertFlagged(String... rows) throws Exception {
        List<String> expected = new ArrayList<>(List.of("sentence,shout,Output"));
        expected.addAll(List.of(rows));
        assertEquals(expected, Files.readAllLines(project.resolve("flagged/logs.csv")));
    }

    private static void awaitOn(Launched process, String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + RELOAD_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Waited " + RELOAD_DEADLINE.toSeconds() + " s for " + what + ":\n"
                + Launched.tail(process.log(), 60));
    }

    private static void deleteFlaggedData() throws Exception {
        Path flagged = project.resolve("flagged");
        if (Files.exists(flagged)) {
            try (Stream<Path> paths = Files.walk(flagged)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void report(String step, long startedNanos) {
        System.out.printf("[user project] %s: %.1f s%n", step, (System.nanoTime() - startedNanos) / 1e9);
    }
}
