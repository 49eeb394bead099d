package dev.actionkit.codegen.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.codegen.emit.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("OutputWriter writes only what changed, deletes only what it owned")
class OutputWriterTest {

    private static SourceFile file(String path, String text) {
        return new SourceFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("unchanged files are left untouched, changed ones rewritten")
    void unchangedUntouched(@TempDir Path dir) throws Exception {
        // given
        OutputWriter.write(dir, List.of(file("p/A.java", "a"), file("p/B.java", "b")), "f");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(dir.resolve("p/A.java"), old);
        // when
        OutputWriter.Outcome outcome = OutputWriter.write(dir,
                List.of(file("p/A.java", "a"), file("p/B.java", "b2")), "f");
        // then
        assertThat(outcome).isEqualTo(new OutputWriter.Outcome(1, 1, 0));
        assertThat(Files.getLastModifiedTime(dir.resolve("p/A.java"))).isEqualTo(old);
        assertThat(dir.resolve("p/B.java")).hasContent("b2");
        try (var leftovers = Files.list(dir.resolve("p"))) {
            assertThat(leftovers.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("A.java", "B.java");
        }
    }

    @Test
    @DisplayName("stale owned files are deleted and foreign files kept")
    void staleAndForeign(@TempDir Path dir) throws Exception {
        // given
        OutputWriter.write(dir, List.of(file("p/A.java", "a"), file("p/Old.java", "o")), "f");
        Files.writeString(dir.resolve("p/Mine.java"), "hand-written");
        // when
        OutputWriter.Outcome outcome = OutputWriter.write(dir, List.of(file("p/A.java", "a")), "f");
        // then
        assertThat(outcome).isEqualTo(new OutputWriter.Outcome(0, 1, 1));
        assertThat(dir.resolve("p/Old.java")).doesNotExist();
        assertThat(dir.resolve("p/Mine.java")).hasContent("hand-written");
        assertThat(Manifest.read(dir).orElseThrow().files()).containsExactly("p/A.java");
    }

    @Test
    @DisplayName("a path leaving the output directory is refused before anything is written")
    void noEscape(@TempDir Path dir) {
        Path out = dir.resolve("out");
        for (String path : List.of("../evil.java", "/etc/evil.java", "a/../../evil.java", "",
                Manifest.FILE_NAME)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> OutputWriter.write(out, List.of(file("ok/A.java", "a"),
                            file(path, "x")), "f"));
            assertThat(e).hasMessage("refusing to write outside the output directory: " + path);
        }
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("evil.java")).doesNotExist();
    }

    @Test
    @DisplayName("a manifest entry pointing outside is never deleted")
    void manifestCannotDeleteOutside(@TempDir Path dir) throws Exception {
        // given
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(dir.resolve("victim.txt"), "keep");
        Files.writeString(out.resolve(Manifest.FILE_NAME),
                Manifest.HEADER + "\nf\n../victim.txt\n");
        // when
        OutputWriter.write(out, List.of(file("A.java", "a")), "f");
        // then
        assertThat(dir.resolve("victim.txt")).hasContent("keep");
    }

    @Test
    @DisplayName("up to date needs the manifest, the same fingerprint and every owned file")
    void upToDate(@TempDir Path dir) throws Exception {
        assertThat(OutputWriter.isUpToDate(dir, "f")).isFalse();
        OutputWriter.write(dir, List.of(file("p/A.java", "a")), "f");
        assertThat(OutputWriter.isUpToDate(dir, "f")).isTrue();
        assertThat(OutputWriter.isUpToDate(dir, "g")).isFalse();
        Files.delete(dir.resolve("p/A.java"));
        assertThat(OutputWriter.isUpToDate(dir, "f")).isFalse();
    }

    @Test
    @DisplayName("a run killed after deleting the manifest is never taken as up to date")
    void killedRun(@TempDir Path dir) throws Exception {
        OutputWriter.write(dir, List.of(file("p/A.java", "a")), "f");
        Files.delete(dir.resolve(Manifest.FILE_NAME));
        assertThat(OutputWriter.isUpToDate(dir, "f")).isFalse();
        Files.writeString(dir.resolve(Manifest.FILE_NAME), "{not a manifest");
        assertThat(OutputWriter.isUpToDate(dir, "f")).isFalse();
    }

    @Test
    @DisplayName("a fingerprint with line breaks and backslashes survives the manifest")
    void oddFingerprint(@TempDir Path dir) {
        String fingerprint = "a\\nb\nc\r\\";
        OutputWriter.write(dir, List.of(file("p/A.java", "a")), fingerprint);
        assertThat(Manifest.read(dir).orElseThrow().fingerprint()).isEqualTo(fingerprint);
        assertThat(OutputWriter.isUpToDate(dir, fingerprint)).isTrue();
    }
}
