package dev.actionkit.maven.snapshot;

import dev.actionkit.codegen.CodeGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The committed catalog snapshot file. It is rewritten only when its bytes change, and
 * atomically: a reader sees the old file or the new one, never a part.
 */
public final class SnapshotStore {

    private final Path file;

    /** A store for {@code file}, e.g. {@code src/main/actionkit/actions.json}. */
    public SnapshotStore(Path file) {
        this.file = Objects.requireNonNull(file, "file == null");
    }

    /** Returns the snapshot's bytes, or empty when the file does not exist. */
    public Optional<byte[]> read() {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("the snapshot " + file + " could not be read", e);
        }
    }

    /**
     * Writes {@code bytes} unless the file already holds exactly them.
     *
     * @return true when the file was written
     */
    public boolean writeIfChanged(byte[] bytes) {
        Optional<byte[]> current = read();
        if (current.isPresent() && Arrays.equals(current.get(), bytes)) {
            return false;
        }
        try {
            CodeGenerator.writeAtomically(file, bytes);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("the snapshot " + file + " could not be written", e);
        }
    }
}
