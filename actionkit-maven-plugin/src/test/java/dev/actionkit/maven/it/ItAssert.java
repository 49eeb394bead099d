package dev.actionkit.maven.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Assertions for the invoker hook scripts under {@code src/it} (on their class path through
 * {@code addTestClassPath}). Failures name what is missing without dumping the whole log.
 */
public final class ItAssert {

    private ItAssert() {}

    /** Returns the IT's {@code build.log}. */
    public static String buildLog(File basedir) {
        return read(new File(basedir, "build.log").toPath());
    }

    /** Fails unless {@code build.log} contains every one of {@code expected}. */
    public static void logContains(File basedir, String... expected) {
        String log = buildLog(basedir);
        for (String text : expected) {
            if (!log.contains(text)) {
                throw new AssertionError("build.log does not contain: " + text);
            }
        }
    }

    /** Fails when {@code build.log} contains any of {@code unexpected}. */
    public static void logLacks(File basedir, String... unexpected) {
        String log = buildLog(basedir);
        for (String text : unexpected) {
            if (log.contains(text)) {
                throw new AssertionError("build.log contains: " + text);
            }
        }
    }

    /** Fails unless {@code file} holds exactly {@code expected}. */
    public static void hasBytes(File file, byte[] expected) {
        try {
            if (!Arrays.equals(Files.readAllBytes(file.toPath()), expected)) {
                throw new AssertionError(file + " changed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code condition} holds. */
    public static void check(boolean condition, String description) {
        if (!condition) {
            throw new AssertionError(description);
        }
    }

    /** Returns every regular file under {@code directory}, sorted. */
    public static List<Path> files(File directory) {
        try (Stream<Path> walk = Files.walk(directory.toPath())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the modification time of every file under {@code directory} to {@code time}. */
    public static List<Path> backdate(File directory, FileTime time) {
        List<Path> files = files(directory);
        try {
            for (Path file : files) {
                Files.setLastModifiedTime(file, time);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Fails unless exactly {@code expected} files exist and each still has {@code time}. */
    public static void untouched(File directory, List<Path> expected, FileTime time) {
        List<Path> now = files(directory);
        check(now.equals(expected), "the generated files changed: " + now);
        try {
            for (Path file : expected) {
                check(Files.getLastModifiedTime(file).equals(time), file + " was touched");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns all {@code .java} sources under {@code directory}, concatenated. */
    public static String sources(File directory) {
        StringBuilder all = new StringBuilder();
        for (Path file : files(directory)) {
            if (file.toString().endsWith(".java")) {
                all.append(read(file)).append('\n');
            }
        }
        return all.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
