package dev.actionkit.codegen.write;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the files of one generation, each changed one atomically ({@link AtomicFile}), at the
 * cost of the file system calls that the guarantee needs and no more: each directory is created
 * once per batch, an absent file is found with one {@code stat} (no exception thrown per new
 * file), and temporary files are named by one random token per batch and a counter.
 */
final class FileBatch {

    private final Set<Path> directories = new HashSet<>();
    private final String temporaryPrefix = AtomicFile.PREFIX + AtomicFile.randomToken() + "-";
    private int temporaries;

    /**
     * Writes {@code content} to {@code target} unless it already holds exactly that.
     *
     * @return whether the file was written
     * @throws IOException if the file system fails; {@code target} is then as it was
     */
    boolean writeIfChanged(Path target, byte[] content) throws IOException {
        File file = target.toFile();
        if (file.isFile() && file.length() == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        Path directory = target.getParent();
        if (directories.add(directory)) {
            Files.createDirectories(directory);
        }
        AtomicFile.replace(target, content,
                directory.resolve(temporaryPrefix + temporaries++ + AtomicFile.SUFFIX));
        return true;
    }
}
