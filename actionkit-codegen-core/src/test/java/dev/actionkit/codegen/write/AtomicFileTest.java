package dev.actionkit.codegen.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("AtomicFile and FileBatch replace files whole and leave no temporary file")
class AtomicFileTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long temporaries(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    @Test
    @DisplayName("a write creates the directory, replaces the content and leaves no temporary")
    void writes(@TempDir Path dir) throws Exception {
        // given
        Path target = dir.resolve("a/b/C.java");
        AtomicFile.write(target, bytes("old"));
        // when
        AtomicFile.write(target, bytes("new"));
        // then
        assertThat(target).hasContent("new");
        assertThat(temporaries(dir)).isZero();
    }

    @Test
    @DisplayName("a temporary name already taken is neither overwritten nor deleted")
    void takenTemporary(@TempDir Path dir) throws Exception {
        // given
        Path target = dir.resolve("C.java");
        Files.write(target, bytes("old"));
        Path taken = dir.resolve(".actionkit-other.tmp");
        Files.write(taken, bytes("someone else's"));
        // when
        assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFile.replace(target, bytes("new"), taken));
        // then
        assertThat(taken).hasContent("someone else's");
        assertThat(target).hasContent("old");
    }

    @Test
    @DisplayName("a failed move removes the temporary and keeps what stands at the target")
    void failedMove(@TempDir Path dir) throws Exception {
        // given: a non-empty directory where the file must go
        Path target = dir.resolve("C.java");
        Files.createDirectories(target.resolve("in-the-way"));
        // when
        assertThrows(java.io.IOException.class,
                () -> AtomicFile.replace(target, bytes("new"), dir.resolve(".actionkit-x.tmp")));
        // then
        assertThat(target.resolve("in-the-way")).isDirectory();
        assertThat(temporaries(dir)).isZero();
    }

    @Test
    @DisplayName("a batch writes new and changed files into new directories, skips equal ones "
            + "and leaves no temporary")
    void batch(@TempDir Path dir) throws Exception {
        // given
        Files.createDirectories(dir.resolve("p"));
        Files.write(dir.resolve("p/Same.java"), bytes("same"));
        Files.write(dir.resolve("p/Changed.java"), bytes("before"));
        FileBatch batch = new FileBatch();
        // when
        boolean same = batch.writeIfChanged(dir.resolve("p/Same.java"), bytes("same"));
        boolean changed = batch.writeIfChanged(dir.resolve("p/Changed.java"), bytes("after"));
        boolean first = batch.writeIfChanged(dir.resolve("q/r/A.java"), bytes("a"));
        boolean second = batch.writeIfChanged(dir.resolve("q/r/B.java"), bytes("b"));
        // then
        assertThat(new boolean[] {same, changed, first, second})
                .containsExactly(false, true, true, true);
        assertThat(dir.resolve("p/Changed.java")).hasContent("after");
        assertThat(dir.resolve("q/r/A.java")).hasContent("a");
        assertThat(dir.resolve("q/r/B.java")).hasContent("b");
        assertThat(temporaries(dir)).isZero();
    }
}
