package dev.actionkit.codegen.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The directories of one try, deleted afterwards: {@code tmp/out} (the output directory) beside
 * {@code tmp/canary} (a file no generation may touch), and elsewhere the description-free
 * twin and the class files.
 */
final class Workspace implements AutoCloseable {

    private static final String CANARY_TEXT = "the generator must never touch this file\n";

    /**
     * Where workspaces go: a RAM file system when there is one (Linux's /dev/shm), because each
     * try writes, compiles and deletes a few dozen files and a disk that discards on delete
     * made that cost a third of a try; else the temporary directory.
     */
    private static final Path BASE = Files.isDirectory(Path.of("/dev/shm"))
            && Files.isWritable(Path.of("/dev/shm")) ? Path.of("/dev/shm")
            : Path.of(System.getProperty("java.io.tmpdir"));

    private final Path root;

    private Workspace(Path root) {
        this.root = root;
    }

    /** Creates a fresh workspace with its canary. */
    static Workspace create() {
        try {
            Workspace workspace = new Workspace(
                    Files.createTempDirectory(BASE, "actionkit-property-"));
            Files.createDirectories(workspace.canary().getParent());
            Files.writeString(workspace.canary(), CANARY_TEXT, StandardCharsets.UTF_8);
            return workspace;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    /** The output directory of the generation under test. */
    Path out() {
        return tmp().resolve("out");
    }

    Path canary() {
        return tmp().resolve("canary/canary.txt");
    }

    /** The output directory of the description-free twin. */
    Path twin() {
        return root.resolve("twin");
    }

    Path classes() {
        return root.resolve("classes");
    }

    /** Asserts that every file under {@code tmp} is under {@code tmp/out} or the canary. */
    void assertConfined() throws IOException {
        try (Stream<Path> files = Files.walk(tmp())) {
            List<Path> outside = files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(out()) && !p.equals(canary())).toList();
            assertThat(outside).as("files written outside the output directory").isEmpty();
        }
        assertThat(Files.readString(canary(), StandardCharsets.UTF_8)).isEqualTo(CANARY_TEXT);
        try (Stream<Path> dirs = Files.list(tmp())) {
            assertThat(dirs.map(p -> p.getFileName().toString()))
                    .as("entries beside the output directory")
                    .isSubsetOf("out", "canary");
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
