package dev.actionkit.codegen.write;

import dev.actionkit.codegen.emit.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one writer of generated files: validates every path first, deletes the manifest, writes
 * each changed file atomically ({@link AtomicFile}, through one {@link FileBatch}), leaves
 * unchanged files untouched, deletes files the previous manifest owned that no longer belong,
 * never touches a file it does not own, and writes the manifest last.
 */
public final class OutputWriter {

    private OutputWriter() {}

    /**
     * What a write did.
     *
     * @param written files created or replaced
     * @param unchanged files already right, untouched
     * @param deleted files owned before that no longer belong
     */
    public record Outcome(int written, int unchanged, int deleted) {}

    /**
     * Writes {@code files} into {@code directory} as described above, then the manifest with
     * {@code stamp}.
     *
     * @throws IllegalArgumentException if a path would leave the directory, naming the path
     * @throws UncheckedIOException if the file system fails
     */
    public static Outcome write(Path directory, List<SourceFile> files, GenerationStamp stamp) {
        Path root = directory.toAbsolutePath().normalize();
        List<Path> targets = new ArrayList<>(files.size());
        Set<String> owned = new HashSet<>();
        for (SourceFile file : files) {
            targets.add(confined(root, file.relativePath()));
            if (!owned.add(file.relativePath())) {
                throw new IllegalArgumentException("two files share the path "
                        + file.relativePath());
            }
        }
        try {
            Files.createDirectories(root);
            List<String> previous = Manifest.read(root).map(Manifest::files).orElse(List.of());
            Files.deleteIfExists(root.resolve(Manifest.FILE_NAME));
            FileBatch batch = new FileBatch();
            int written = 0;
            for (int i = 0; i < files.size(); i++) {
                written += writeIfChanged(batch, targets.get(i), files.get(i).content()) ? 1 : 0;
            }
            int deleted = 0;
            for (String stale : previous) {
                if (!owned.contains(stale) && !stale.equals(Manifest.FILE_NAME)) {
                    deleted += deleteOwned(root, stale) ? 1 : 0;
                }
            }
            List<String> sorted = new ArrayList<>(owned);
            sorted.sort(null);
            AtomicFile.write(root.resolve(Manifest.FILE_NAME),
                    new Manifest(stamp, sorted).toBytes());
            return new Outcome(written, files.size() - written, deleted);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write generated sources to " + root, e);
        }
    }

    /**
     * Returns the target of a relative path, refusing any path that could leave the directory or
     * name the manifest. Checked on the text, which costs no path object per file: the path must
     * be segments separated by {@code /}, none of them empty, {@code .} or {@code ..}, with no
     * backslash, colon or NUL anywhere (separators or drive letters on other systems).
     */
    static Path confined(Path root, String relativePath) {
        if (!isPlainRelative(relativePath)) {
            throw new IllegalArgumentException("refusing to write outside the output directory: "
                    + relativePath);
        }
        return root.resolve(relativePath);
    }

    private static boolean isPlainRelative(String path) {
        if (path.indexOf('\\') >= 0 || path.indexOf(':') >= 0 || path.indexOf('\0') >= 0) {
            return false;
        }
        int start = 0;
        while (true) {
            int slash = path.indexOf('/', start);
            int length = (slash < 0 ? path.length() : slash) - start;
            if (length == 0 || length <= 2 && path.startsWith(length == 1 ? "." : "..", start)) {
                return false;
            }
            if (slash < 0) {
                return !path.substring(start).equals(Manifest.FILE_NAME);
            }
            start = slash + 1;
        }
    }

    private static boolean deleteOwned(Path root, String relativePath) throws IOException {
        Path target;
        try {
            target = confined(root, relativePath);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Files.deleteIfExists(target);
    }

    private static boolean writeIfChanged(FileBatch batch, Path target, byte[] content) {
        try {
            return batch.writeIfChanged(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the generated file " + target
                    + " (" + e + "); the generation is incomplete and the next build redoes it",
                    e);
        }
    }

    /**
     * Returns the manifest of {@code directory} when it holds a complete generation with
     * {@code fingerprint}: the manifest is present and has that fingerprint, and every file it
     * owns exists. Lists each owned directory once instead of asking the file system about
     * every file: a few milliseconds for 10,000 files.
     */
    public static Optional<Manifest> upToDate(Path directory, String fingerprint) {
        Path root = directory.toAbsolutePath().normalize();
        Optional<Manifest> manifest = Manifest.read(root)
                .filter(read -> read.stamp().fingerprint().equals(fingerprint));
        Map<String, Set<String>> listings = new HashMap<>();
        for (String file : manifest.map(Manifest::files).orElse(List.of())) {
            int slash = file.lastIndexOf('/');
            String parent = slash < 0 ? "" : file.substring(0, slash);
            Set<String> names = listings.computeIfAbsent(parent, p -> list(root, p));
            if (!names.contains(file.substring(slash + 1))) {
                return Optional.empty();
            }
        }
        return manifest;
    }

    private static Set<String> list(Path root, String relativeDirectory) {
        Path dir;
        try {
            dir = relativeDirectory.isEmpty() ? root : confined(root, relativeDirectory);
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
        // File.list returns the names as strings: no Path object per entry, which counts with
        // 10,000 files in one package on the path of a build that does nothing.
        String[] names = dir.toFile().list();
        return names == null ? Set.of() : new HashSet<>(Arrays.asList(names));
    }
}
