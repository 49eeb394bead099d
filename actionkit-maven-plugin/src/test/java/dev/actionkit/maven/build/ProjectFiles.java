package dev.actionkit.maven.build;

import dev.actionkit.maven.snapshot.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every file under a project directory at one moment, hidden ones included: its SHA-256 and its
 * modification time. Equal states mean that no file was added, removed, rewritten or touched.
 *
 * @param files each file's state, by path, sorted
 */
record ProjectFiles(Map<Path, FileState> files) {

    /** One file's content hash and modification time. */
    record FileState(String sha256, FileTime modified) {}

    ProjectFiles {
        files = Map.copyOf(files);
    }

    /** Reads the state of every regular file under {@code root}. */
    static ProjectFiles of(Path root) {
        Map<Path, FileState> files = new LinkedHashMap<>();
        for (Path file : list(root)) {
            try {
                files.put(root.relativize(file), new FileState(
                        Sha256.hex(Files.readAllBytes(file)),
                        Files.getLastModifiedTime(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ProjectFiles(files);
    }

    /**
     * Sets every file's modification time to {@code time}: a file rewritten afterwards, even
     * with the same bytes, then shows a newer time whatever the file system's resolution.
     */
    static void backdate(Path root, FileTime time) {
        for (Path file : list(root)) {
            try {
                Files.setLastModifiedTime(file, time);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Returns the regular files under {@code root}, sorted. */
    static List<Path> list(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
