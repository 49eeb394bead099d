package dev.actionkit.codegen.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file's content so that a reader sees the old file or the new one, never a part: a
 * temporary file in the same directory, then an atomic move (a plain move where the file system
 * has none). The one way generated sources, the manifest, the catalog snapshot and the plugin's
 * status files are written.
 */
public final class AtomicFile {

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
        Path temporary = Files.createTempFile(directory, ".actionkit-", ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
