package dev.actionkit.codegen.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content so that a reader sees the old file or the new one, never a part: a
 * temporary file in the same directory, then an atomic move (a plain move where the file system
 * has none). The one way generated sources, the manifest, the catalog snapshot and the plugin's
 * status files are written.
 *
 * <p>The temporary file is created with {@code CREATE_NEW}, so a name taken by anyone else is
 * never overwritten nor deleted, and written in the same open; its name need only be unlikely
 * to be taken, not secret, so no secure random number is drawn per file.
 */
public final class AtomicFile {

    /** How every temporary file's name starts. */
    static final String PREFIX = ".actionkit-";

    /** How every temporary file's name ends. */
    static final String SUFFIX = ".tmp";

    private AtomicFile() {}

    /**
     * Writes {@code content} to {@code target}, creating its directory when needed. No temporary
     * file is left behind, whether the write succeeds or fails.
     *
     * @throws IOException if the file system fails; {@code target} is then as it was
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        for (int attempt = 1; ; attempt++) {
            try {
                replace(target, content, directory.resolve(PREFIX + randomToken() + SUFFIX));
                return;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** Returns a random name part of 16 hexadecimal digits. */
    static String randomToken() {
        return String.format("%016x", ThreadLocalRandom.current().nextLong());
    }

    /**
     * Writes {@code content} to {@code temporary}, a new file in {@code target}'s directory, and
     * moves it over {@code target}. The directory must exist.
     *
     * @throws FileAlreadyExistsException if {@code temporary} exists; it is left as it is
     * @throws IOException if the file system fails; {@code target} is then as it was and
     *     {@code temporary} is gone
     */
    static void replace(Path target, byte[] content, Path temporary) throws IOException {
        OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        boolean moved = false;
        try {
            try (out) {
                out.write(content);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
