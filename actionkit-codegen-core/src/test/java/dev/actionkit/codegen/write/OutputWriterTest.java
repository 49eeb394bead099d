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

    private static GenerationStamp stamp(String fingerprint) {
        return new GenerationStamp(fingerprint, 1, 2);
    }

    @Test
    @DisplayName("unchanged files are left untouched, changed ones rewritten")
    void unchangedUntouched(@TempDir Path dir) throws Exception {
        // given
        OutputWriter.write(dir, List.of(file("p/A.java", "a"), file("p/B.java", "b")),
                stamp("f"));
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(dir.resolve("p/A.java"), old);
        // when
        OutputWriter.Outcome outcome = OutputWriter.write(dir,
                List.of(file("p/A.java", "a"), file("p/B.java", "b2")), stamp("f"));
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
        OutputWriter.write(dir, List.of(file("p/A.java", "a"), file("p/Old.java", "o")),
                stamp("f"));
        Files.writeString(dir.resolve("p/Mine.java"), "hand-written");
        // when
        OutputWriter.Outcome outcome =
                OutputWriter.write(dir, List.of(file("p/A.java", "a")), stamp("f"));
        // then
        assertThat(outcome).isEqualTo(new OutputWriter.Outcome(0, 1, 1));
        assertThat(dir.resolve("p/Old.java")).doesNotExist();
        assertThat(dir.resolve("p/Mine.java")).hasContent("hand-written");
        assertThat(Manifest.read(dir).orElseThrow().files()).containsExactly("p/A.java");
    }

    @Test
    @DisplayName("a path that could leave the output directory (or name the manifest) is refused "
            + "before anything is written")
    void noEscape(@TempDir Path dir) {
        Path out = dir.resolve("out");
        for (String path : List.of("../evil.java", "/etc/evil.java", "a/../../evil.java", "",
                Manifest.FILE_NAME, "p/" + Manifest.FILE_NAME, "..", ".", "a/./b.java",
                "a//b.java", "a/", "a\\..\\..\\evil.java", "C:evil.java", "a/\0.java")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> OutputWriter.write(out, List.of(file("ok/A.java", "a"),
                            file(path, "x")), stamp("f")));
            assertThat(e).hasMessage("refusing to write outside the output directory: " + path);
        }
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("evil.java")).doesNotExist();
    }

    @Test
    @DisplayName("names that only contain dots are written inside the directory")
    void dotsInNames(@TempDir Path dir) throws Exception {
        // when
        OutputWriter.Outcome outcome = OutputWriter.write(dir, List.of(file("p/..A.java", "a"),
                file(".q/B.java", "b"), file("r.s/C..java", "c")), stamp("f"));
        // then
        assertThat(outcome.written()).isEqualTo(3);
        assertThat(dir.resolve("p/..A.java")).hasContent("a");
        assertThat(dir.resolve(".q/B.java")).hasContent("b");
        assertThat(dir.resolve("r.s/C..java")).hasContent("c");
    }

    @Test
    @DisplayName("a manifest entry pointing outside is never deleted")
    void manifestCannotDeleteOutside(@TempDir Path dir) throws Exception {
        // given
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(dir.resolve("victim.txt"), "keep");
        Files.writeString(out.resolve(Manifest.FILE_NAME),
                Manifest.HEADER + "\nf\ncounts 1 1\n../victim.txt\n");
        // when
        OutputWriter.write(out, List.of(file("A.java", "a")), stamp("f"));
        // then
        assertThat(dir.resolve("victim.txt")).hasContent("keep");
    }

    @Test
    @DisplayName("up to date needs the manifest, the same fingerprint and every owned file")
    void upToDate(@TempDir Path dir) throws Exception {
        assertThat(OutputWriter.upToDate(dir, "f")).isEmpty();
        OutputWriter.write(dir, List.of(file("p/A.java", "a")), stamp("f"));
        assertThat(OutputWriter.upToDate(dir, "f")).isPresent();
        assertThat(OutputWriter.upToDate(dir, "g")).isEmpty();
        Files.delete(dir.resolve("p/A.java"));
        assertThat(OutputWriter.upToDate(dir, "f")).isEmpty();
    }

    @Test
    @DisplayName("a run killed after deleting the manifest is never taken as up to date")
    void killedRun(@TempDir Path dir) throws Exception {
        OutputWriter.write(dir, List.of(file("p/A.java", "a")), stamp("f"));
        Files.delete(dir.resolve(Manifest.FILE_NAME));
        assertThat(OutputWriter.upToDate(dir, "f")).isEmpty();
        Files.writeString(dir.resolve(Manifest.FILE_NAME), "{not a manifest");
        assertThat(OutputWriter.upToDate(dir, "f")).isEmpty();
    }

    @Test
    @DisplayName("a fingerprint with line breaks and backslashes survives the manifest")
    void oddFingerprint(@TempDir Path dir) {
        String fingerprint = "a\\nb\nc\r\\";
        OutputWriter.write(dir, List.of(file("p/A.java", "a")), stamp(fingerprint));
        assertThat(Manifest.read(dir).orElseThrow().stamp().fingerprint())
                .isEqualTo(fingerprint);
        assertThat(OutputWriter.upToDate(dir, fingerprint)).isPresent();
    }

    @Test
    @DisplayName("the manifest keeps the stamp's counts for up-to-date builds")
    void countsSurvive(@TempDir Path dir) {
        // given
        GenerationStamp stamp = new GenerationStamp("f", 3, 17);
        // when
        OutputWriter.write(dir, List.of(file("p/A.java", "a"), file("B.java", "b")), stamp);
        // then
        Manifest manifest = OutputWriter.upToDate(dir, "f").orElseThrow();
        assertThat(manifest.stamp()).isEqualTo(stamp);
        assertThat(manifest.files()).containsExactly("B.java", "p/A.java");
    }

    @Test
    @DisplayName("a manifest of the first format, or with malformed counts, is never up to date")
    void otherFormats(@TempDir Path dir) throws Exception {
        OutputWriter.write(dir, List.of(file("p/A.java", "a")), stamp("f"));
        for (String manifest : List.of("actionkit-codegen-manifest 1\nf\np/A.java\n",
                Manifest.HEADER + "\nf\np/A.java\n", Manifest.HEADER + "\nf\ncounts 1\n",
                Manifest.HEADER + "\nf\ncounts 1 x\n", Manifest.HEADER + "\nf\ncounts 1 -2\n",
                Manifest.HEADER + "\nf\ncounts 1 2 3\n")) {
            Files.writeString(dir.resolve(Manifest.FILE_NAME), manifest);
            assertThat(OutputWriter.upToDate(dir, "f")).as(manifest).isEmpty();
        }
    }

    @Test
    @DisplayName("an I/O error while writing leaves no manifest, no temporary file, and a later "
            + "run completes the generation")
    void ioErrorWhileWriting(@TempDir Path dir) throws Exception {
        // given: an earlier generation, and a directory standing where a new file must go
        OutputWriter.write(dir, List.of(file("p/A.java", "a"), file("p/B.java", "b")), stamp("f"));
        Path obstacle = dir.resolve("p/C.java");
        Files.createDirectories(obstacle.resolve("in-the-way"));
        List<SourceFile> next = List.of(file("p/A.java", "a2"), file("p/B.java", "b2"),
                file("p/C.java", "c"), file("p/D.java", "d"));
        // when
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> OutputWriter.write(dir, next, stamp("g")));
        // then: the error says where; nothing is taken as up to date, nothing half-written stays
        assertThat(e).hasMessageStartingWith("could not write the generated file "
                + dir.toAbsolutePath().normalize().resolve("p/C.java"));
        assertThat(dir.resolve(Manifest.FILE_NAME)).doesNotExist();
        assertThat(OutputWriter.upToDate(dir, "f")).isEmpty();
        assertThat(OutputWriter.upToDate(dir, "g")).isEmpty();
        try (var files = Files.walk(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(dir.resolve("p/A.java")).hasContent("a2");
        // when the obstacle is gone, the next run writes the rest and is up to date
        Files.delete(obstacle.resolve("in-the-way"));
        Files.delete(obstacle);
        OutputWriter.Outcome outcome = OutputWriter.write(dir, next, stamp("g"));
        assertThat(outcome).isEqualTo(new OutputWriter.Outcome(2, 2, 0));
        assertThat(OutputWriter.upToDate(dir, "g")).isPresent();
        assertThat(dir.resolve("p/D.java")).hasContent("d");
    }
}
