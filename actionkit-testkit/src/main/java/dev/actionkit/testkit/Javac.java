package dev.actionkit.testkit;

import com.sun.source.util.JavacTask;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac in process, for tests that compile generated sources: one compiler and one file manager
 * per instance (keep an instance for a whole run: javac then reads each jar's index once), the
 * running JDK's own platform classes at source and target 17 (no {@code ct.sym} per call), no
 * debug information, no annotation processing.
 *
 * <pre>{@code
 * static final Javac JAVAC = Javac.withClassPathOf(ActionDescriptor.class, JsonNode.class, ...);
 * Javac.Outcome outcome = JAVAC.compile(List.of(sources), classes);
 * assertThat(outcome.success()).as(outcome.diagnostics()).isTrue();
 * Class<?> actions = outcome.classLoader().loadClass("com.acme.Actions");
 * }</pre>
 */
public final class Javac {

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

    private final String classPath;
    private final StandardJavaFileManager files =
            COMPILER.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);

    private Javac(String classPath) {
        this.classPath = classPath;
    }

    /**
     * Returns a javac whose class path is only the jars (or directories) that hold
     * {@code types}: e.g. the runtime and Jackson, all that generated code refers to. The
     * narrower the class path, the faster each compilation.
     */
    public static Javac withClassPathOf(Class<?>... types) {
        return new Javac(String.join(File.pathSeparator,
                Arrays.stream(types).map(Javac::locationOf).distinct().toList()));
    }

    /** Returns a javac whose class path is the running test's whole class path. */
    public static Javac withTestClassPath() {
        return new Javac(System.getProperty("java.class.path"));
    }

    /**
     * What javac said.
     *
     * @param success whether every source compiled
     * @param diagnostics javac's errors, one per line
     * @param classes the directory of the class files
     */
    public record Outcome(boolean success, String diagnostics, Path classes) {

        /** Returns a class loader over the compiled classes, with the test's classes as parent. */
        public ClassLoader classLoader() {
            try {
                return new URLClassLoader(new URL[] {classes.toUri().toURL()},
                        Javac.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Compiles every {@code .java} file under {@code sourceRoot} into {@code classes}. */
    public Outcome compile(Path sourceRoot, Path classes) throws IOException {
        return compile(List.of(sourceRoot), classes);
    }

    /** Compiles every {@code .java} file under {@code sourceRoots} into {@code classes}. */
    public synchronized Outcome compile(List<Path> sourceRoots, Path classes) throws IOException {
        Files.createDirectories(classes);
        List<Path> sources = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> walk = Files.walk(root)) {
                sources.addAll(walk.filter(p -> p.toString().endsWith(".java")).sorted().toList());
            }
        }
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        List<String> options = List.of("-classpath", classPath, "-d", classes.toString(),
                "-encoding", "UTF-8", "-source", "17", "-target", "17", "-proc:none",
                "-Xlint:none", "-implicit:none", "-g:none", "-nowarn");
        StringWriter out = new StringWriter();
        boolean ok = COMPILER.getTask(out, files, collector, options, null,
                files.getJavaFileObjectsFromPaths(sources)).call();
        StringBuilder report = new StringBuilder(out.toString());
        collector.getDiagnostics().forEach(d -> report.append(d).append('\n'));
        return new Outcome(ok, report.toString(), classes);
    }

    /** Returns a task that only parses {@code sources} (see {@link JavacTask#parse()}). */
    public synchronized JavacTask parser(List<Path> sources) {
        return (JavacTask) COMPILER.getTask(null, files, null, List.of("-proc:none"), null,
                files.getJavaFileObjectsFromPaths(sources));
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
