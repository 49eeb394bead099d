package dev.actionkit.codegen.property;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.source.util.JavacTask;
import dev.actionkit.runtime.ActionDescriptor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac for thousands of small compilations: one compiler and one file manager for the whole
 * run (javac then reads each jar's index once, not once per try), a class path of only what
 * generated code refers to (the runtime and Jackson), and the running JDK's own platform
 * classes instead of {@code --release} (which opens {@code ct.sym} every time). Measured on 2
 * busy cores: about half the time per try of {@code Compilation}. Public for the round-trip
 * property ({@code roundtrip}), which compiles as often.
 */
public final class Javac {

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();
    private static final StandardJavaFileManager FILES =
            COMPILER.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    private static final String CLASS_PATH = String.join(File.pathSeparator,
            locationOf(ActionDescriptor.class), locationOf(JsonProperty.class),
            locationOf(JsonNode.class), locationOf(JsonParser.class));

    private Javac() {}

    /**
     * What javac said.
     *
     * @param success whether every source compiled
     * @param diagnostics javac's errors, one per line
     */
    public record Outcome(boolean success, String diagnostics) {}

    /** Compiles every {@code .java} file under {@code sourceRoots} into {@code classes}. */
    public static synchronized Outcome compile(List<Path> sourceRoots, Path classes) throws IOException {
        Files.createDirectories(classes);
        List<Path> sources = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> walk = Files.walk(root)) {
                sources.addAll(walk.filter(p -> p.toString().endsWith(".java")).sorted().toList());
            }
        }
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        List<String> options = List.of("-classpath", CLASS_PATH, "-d", classes.toString(),
                "-encoding", "UTF-8", "-source", "17", "-target", "17", "-proc:none",
                "-Xlint:none", "-implicit:none", "-g:none", "-nowarn");
        StringWriter out = new StringWriter();
        boolean ok = COMPILER.getTask(out, FILES, collector, options, null,
                FILES.getJavaFileObjectsFromPaths(sources)).call();
        StringBuilder report = new StringBuilder(out.toString());
        collector.getDiagnostics().forEach(d -> report.append(d).append('\n'));
        return new Outcome(ok, report.toString());
    }

    /** Returns a task that only parses {@code sources} (see {@link JavacTask#parse()}). */
    static synchronized JavacTask parser(List<Path> sources) {
        return (JavacTask) COMPILER.getTask(null, FILES, null, List.of("-proc:none"), null,
                FILES.getJavaFileObjectsFromPaths(sources));
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
