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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated code compiles for every Java release the project supports, with the newest JDK's
 * javac: {@code --release 17}, {@code 21} and {@code 25}. The build's own JDK (17) compiles it in
 * the other tests; this one runs the javac of JDK 25, found at the system property
 * {@code actionkit.jdk25} (default {@value #DEFAULT_JDK25}), and is skipped, saying so, where
 * there is none. docs/PLUGIN.md has the support matrix.
 */
@DisplayName("Generated code compiles with JDK 25's javac for --release 17, 21 and 25")
class JdkReleaseCompileTest {

    static final String DEFAULT_JDK25 = "/usr/lib/jvm/temurin-25-jdk-amd64";

    @ParameterizedTest(name = "--release {0}")
    @ValueSource(ints = {17, 21, 25})
    @DisplayName("the 20-action sample and a hostile catalog compile without a warning")
    void compilesForRelease(int release, @TempDir Path dir) throws Exception {
        // given
        Path javac = Path.of(System.getProperty("actionkit.jdk25", DEFAULT_JDK25), "bin", "javac");
        assumeTrue(Files.isExecutable(javac), "No JDK 25 at " + javac.getParent().getParent()
                + ": the --release " + release + " compile is skipped"
                + " (set -Dactionkit.jdk25=<home>)");
        Path sources = dir.resolve("src");
        // One output directory each: the writer deletes files that are not its own.
        TestCatalogs.generate(CodeGenerator.readCatalog(TestCatalogs.SAMPLE),
                sources.resolve("sample"), "com.acme.sample");
        TestCatalogs.generate(HostileCatalog.build(), sources.resolve("hostile"),
                "com.acme.hostile");
        // when
        Result result = javac(javac, release, sources, dir.resolve("classes"));
        // then
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).as("javac's output").isEmpty();
        assertThat(dir.resolve("classes/com/acme/sample/Actions.class")).isRegularFile();
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
