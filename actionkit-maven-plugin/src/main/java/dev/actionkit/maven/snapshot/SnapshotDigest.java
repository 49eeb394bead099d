package dev.actionkit.maven.snapshot;

import dev.actionkit.codegen.CodeGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of the snapshot file, remembered by the file's path, size, modification time and
 * file key in a small cache file, so that a build that changes nothing neither reads nor hashes
 * the catalog (what that saves is in docs/BENCHMARKS.md). Git's index and Gradle's file hashes
 * use the same rule. A file is remembered only when it did not change while it was read and was
 * last modified at least {@link #SETTLED} before: a write within the file system's
 * timestamp granularity could otherwise go unseen. Any doubt (no cache, another format, another
 * file, another size or time) means hashing the file again.
 */
public final class SnapshotDigest {

    /** The cache's file name in the plugin's status directory. */
    public static final String FILE_NAME = "snapshot-digest";

    /** How long before hashing a file must have been last modified to be remembered. */
    static final Duration SETTLED = Duration.ofSeconds(2);

    private static final String HEADER = "actionkit-snapshot-digest 1";

    private final Path file;
    private final Path cacheFile;
    private final Clock clock;

    /**
     * @param file the snapshot file
     * @param cacheDirectory where the cache file is kept: the plugin's status directory
     */
    public SnapshotDigest(Path file, Path cacheDirectory) {
        this(file, cacheDirectory, Clock.systemUTC());
    }

    SnapshotDigest(Path file, Path cacheDirectory, Clock clock) {
        this.file = Objects.requireNonNull(file, "file == null").toAbsolutePath().normalize();
        this.cacheFile = cacheDirectory.resolve(FILE_NAME);
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /**
     * Returns the SHA-256 of the snapshot file, from the cache when the file is as remembered,
     * else by reading it (and remembering it when it is settled); empty when the file does not
     * exist.
     *
     * @throws UncheckedIOException if the file exists but cannot be read
     */
    public Optional<String> digest() {
        try {
            Optional<Stat> stat = stat();
            if (stat.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> remembered = remembered(stat.get());
            if (remembered.isPresent()) {
                return remembered;
            }
            String digest = Sha256.hex(Files.readAllBytes(file));
            if (stat().equals(stat) && settled(stat.get())) {
                remember(stat.get(), digest);
            }
            return Optional.of(digest);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("the snapshot " + file + " could not be read", e);
        }
    }

    /**
     * What identifies one version of the file: its size, modification time in nanoseconds and
     * file key (an inode where the file system has one).
     */
    private record Stat(long size, long modifiedNanos, Object fileKey) {

        /** The cache's line for this version, e.g.
         * {@code 11534336 1764409200000000000 (dev=803,ino=1234)}. */
        String line() {
            return size + " " + modifiedNanos + " " + (fileKey == null ? "-" : fileKey);
        }
    }

    /** Returns the file's {@link Stat}; empty when it does not exist. */
    private Optional<Stat> stat() throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new Stat(attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), attributes.fileKey()));
    }

    private boolean settled(Stat stat) {
        return TimeUnit.NANOSECONDS.toMillis(stat.modifiedNanos())
                <= clock.millis() - SETTLED.toMillis();
    }

    private Optional<String> remembered(Stat stat) {
        List<String> lines;
        try {
            lines = Files.readAllLines(cacheFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        boolean same = lines.size() == 4 && lines.get(0).equals(HEADER)
                && lines.get(1).equals(file.toString()) && lines.get(2).equals(stat.line())
                && lines.get(3).matches("[0-9a-f]{64}");
        return same ? Optional.of(lines.get(3)) : Optional.empty();
    }

    /** Writes the cache; a cache that cannot be written only costs the next build a hash. */
    private void remember(Stat stat, String digest) {
        String text = HEADER + "\n" + file + "\n" + stat.line() + "\n" + digest + "\n";
        try {
            CodeGenerator.writeAtomically(cacheFile, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // not remembered: the next build hashes the file again
        }
    }
}
