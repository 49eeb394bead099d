package dev.actionkit.maven.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SnapshotDigest remembers a settled snapshot's SHA-256 by its size, time and file")
class SnapshotDigestTest {

    private static final Instant MODIFIED = Instant.parse("2026-01-01T00:00:00Z");
    private static final String SHA_OF_ABC =
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    private Path snapshot(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("actions.json"), text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        return file;
    }

    private SnapshotDigest digestAt(Path file, Instant now) {
        return new SnapshotDigest(file, dir.resolve("out"), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    @DisplayName("the digest is the file's SHA-256, and is remembered once the file is settled")
    void remembersSettledFile() throws Exception {
        // given
        Path file = snapshot("abc");

        // when
        String digest = digestAt(file, MODIFIED.plusSeconds(2)).digest().orElseThrow();

        // then
        assertThat(digest).isEqualTo(SHA_OF_ABC).isEqualTo(Sha256.hex(
                "abc".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readAllLines(dir.resolve("out").resolve(SnapshotDigest.FILE_NAME)))
                .hasSize(4).endsWith(SHA_OF_ABC);
    }

    @Test
    @DisplayName("a file modified less than 2 s before it is hashed is not remembered")
    void recentFileNotRemembered() throws Exception {
        // given
        Path file = snapshot("abc");

        // when
        String digest = digestAt(file, MODIFIED.plusMillis(1_999)).digest().orElseThrow();

        // then
        assertThat(digest).isEqualTo(SHA_OF_ABC);
        assertThat(dir.resolve("out").resolve(SnapshotDigest.FILE_NAME)).doesNotExist();
    }

    @Test
    @DisplayName("the remembered digest is what is returned while size, time and file are as"
            + " remembered: proof that the file is not read again")
    void remembered() throws Exception {
        // given: a remembered digest, then a forged one in its place
        Path file = snapshot("abc");
        digestAt(file, MODIFIED.plusSeconds(60)).digest();
        Path cache = dir.resolve("out").resolve(SnapshotDigest.FILE_NAME);
        String forged = "0".repeat(64);
        Files.writeString(cache, Files.readString(cache).replace(SHA_OF_ABC, forged));

        // when
        String digest = digestAt(file, MODIFIED.plusSeconds(120)).digest().orElseThrow();

        // then
        assertThat(digest).isEqualTo(forged);
    }

    @Test
    @DisplayName("another size, time, path or a malformed cache means hashing the file again")
    void anyDoubtRehashes() throws Exception {
        // given
        Path file = snapshot("abc");
        digestAt(file, MODIFIED.plusSeconds(60)).digest();
        Path cache = dir.resolve("out").resolve(SnapshotDigest.FILE_NAME);
        String remembered = Files.readString(cache);

        // when: another size (same time)
        snapshot("abcd");
        // then
        assertThat(digestAt(file, MODIFIED.plusSeconds(60)).digest()).contains(
                Sha256.hex("abcd".getBytes(StandardCharsets.UTF_8)));

        // when: the same size, another time
        Files.writeString(cache, remembered);
        Path same = snapshot("xyz");
        Files.setLastModifiedTime(same, FileTime.from(MODIFIED.plusSeconds(1)));
        // then
        assertThat(digestAt(file, MODIFIED.plusSeconds(60)).digest()).contains(
                Sha256.hex("xyz".getBytes(StandardCharsets.UTF_8)));

        // when: a cache of another file, and malformed caches
        snapshot("xyz");
        for (String other : new String[] {remembered.replace("actions.json", "other.json"),
                "", "actionkit-snapshot-digest 1\n", remembered.replace(SHA_OF_ABC, "zz"),
                remembered.replace("actionkit-snapshot-digest 1", "actionkit-snapshot-digest 2")}) {
            Files.writeString(cache, other);
            // then
            assertThat(digestAt(file, MODIFIED.plusSeconds(60)).digest()).as(other).contains(
                    Sha256.hex("xyz".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    @DisplayName("no snapshot file, no digest; nothing is written")
    void missingFile() {
        assertThat(digestAt(dir.resolve("none.json"), MODIFIED).digest()).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
