package dev.actionkit.codegen;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources in process with javac, against the test class path. */
final class Compilation {

    /**
     * What javac said.
     *
     * @param success whether every source compiled
     * @param diagnostics javac's errors and warnings, one per line
     * @param classes the directory of the class files
     */
    record Outcome(boolean success, String diagnostics, Path classes) {

        /** Returns a class loader over the compiled classes and the test class path. */
        ClassLoader classLoader() {
            try {
                return new URLClassLoader(new URL[] {classes.toUri().toURL()},
                        Compilation.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Compilation() {}

    /** Compiles every {@code .java} file under {@code sources} into {@code classes}. */
    static Outcome compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        Files.createDirectories(classes);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        try (StandardJavaFileManager manager =
                javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(), "-encoding", "UTF-8", "--release", "17",
                    "-proc:none", "-Xlint:none", "-implicit:none");
            StringWriter out = new StringWriter();
            boolean ok = javac.getTask(out, manager, collector, options, null,
                    manager.getJavaFileObjectsFromPaths(files)).call();
            StringBuilder report = new StringBuilder(out.toString());
            collector.getDiagnostics().forEach(d -> report.append(d).append('\n'));
            return new Outcome(ok, report.toString(), classes);
        }
    }
}
