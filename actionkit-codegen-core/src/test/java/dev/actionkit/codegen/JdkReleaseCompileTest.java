package dev.actionkit.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated code, and an application calling every facade form, compile without a single
 * warning under {@code -Xlint:all} (users build with it, some with {@code -Werror}): with the
 * build's own javac, and for every Java release the project supports with the newest JDK's
 * javac ({@code --release 17}, {@code 21} and {@code 25}). JDK 25 is found at the system
 * property {@code actionkit.jdk25} (default {@value #DEFAULT_JDK25}); those cases are skipped,
 * saying so, where there is none. docs/PLUGIN.md has the support matrix.
 */
@DisplayName("Generated code and its callers compile without a warning (-Xlint:all), with JDK 25's "
        + "javac for --release 17, 21 and 25 and with the build's own")
class JdkReleaseCompileTest {

    static final String DEFAULT_JDK25 = "/usr/lib/jvm/temurin-25-jdk-amd64";

    /** Calls every facade form, options included, as an application writes them. */
    private static final String CALLER = """
            package com.acme.sample;

            import dev.actionkit.runtime.ActionKitClient;
            import java.util.function.Consumer;

            final class Caller {
                static void call(ActionKitClient client) {
                    Actions actions = new Actions(client);
                    Consumer<SlackSendDirectMessageParams.Builder> quiet =
                            o -> o.authenticatedUser(false);
                    actions.slack().sendDirectMessage("U1", "Hi", "Bot", ":cat:");
                    actions.slack().sendDirectMessage("U1", "Hi", "Bot", ":cat:", quiet);
                    actions.slack().sendDirectMessage("U1", "Hi", "Bot", ":cat:", quiet,
                            o -> o.authenticatedUser(true));
                    actions.slack().sendDirectMessageAsync("U1", "Hi", "Bot", ":cat:", quiet);
                    actions.slack().sendDirectMessage(SlackSendDirectMessageParams.builder()
                            .memberId("U1").apply(quiet, o -> o.message("Hi")).build());
                }
            }
            """;

    @ParameterizedTest(name = "--release {0}")
    @ValueSource(ints = {17, 21, 25})
    @DisplayName("the 20-action sample, calls of its facade and a hostile catalog compile without "
            + "a warning")
    void compilesForRelease(int release, @TempDir Path dir) throws Exception {
        // given
        Path javac = Path.of(System.getProperty("actionkit.jdk25", DEFAULT_JDK25), "bin", "javac");
        assumeTrue(Files.isExecutable(javac), "No JDK 25 at " + javac.getParent().getParent()
                + ": the --release " + release + " compile is skipped"
                + " (set -Dactionkit.jdk25=<home>)");
        // when, then
        assertCompilesWithoutWarning(javac, release, dir);
    }

    @Test
    @DisplayName("the same sources compile without a warning with the build's own javac")
    void compilesWithTheBuildJdk(@TempDir Path dir) throws Exception {
        // given
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        // when, then
        assertCompilesWithoutWarning(javac, 17, dir);
    }

    private static void assertCompilesWithoutWarning(Path javac, int release, Path dir)
            throws Exception {
        Path sources = dir.resolve("src");
        // One output directory each: the writer deletes files that are not its own.
        TestCatalogs.generate(CodeGenerator.readCatalog(TestCatalogs.SAMPLE),
                sources.resolve("sample"), "com.acme.sample");
        Path caller = sources.resolve("caller/com/acme/sample/Caller.java");
        Files.createDirectories(caller.getParent());
        Files.writeString(caller, CALLER, StandardCharsets.UTF_8);
        TestCatalogs.generate(HostileCatalog.build(), sources.resolve("hostile"),
                "com.acme.hostile");
        Result result = javac(javac, release, sources, dir.resolve("classes"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).as("javac's output").isEmpty();
        assertThat(dir.resolve("classes/com/acme/sample/Actions.class")).isRegularFile();
        assertThat(dir.resolve("classes/com/acme/sample/Caller.class")).isRegularFile();
        assertThat(dir.resolve("classes/com/acme/hostile/Actions.class")).isRegularFile();
    }

    private record Result(int exitCode, String output) {}

    private static Result javac(Path javac, int release, Path sources, Path classes)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javac.toString(),
                "--release", Integer.toString(release), "-encoding", "UTF-8", "-proc:none",
                "-Xlint:all,-serial", "-implicit:none", "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path")));
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(file -> file.toString().endsWith(".java")).sorted()
                    .forEach(file -> command.add(file.toString()));
        }
        Path log = sources.resolveSibling("javac.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("javac --release " + release + " took over 5 minutes");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
