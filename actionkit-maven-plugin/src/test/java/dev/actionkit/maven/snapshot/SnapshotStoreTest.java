package dev.actionkit.maven.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {

    @TempDir
    Path directory;

    @Test
    @DisplayName("a missing snapshot reads as empty")
    void missing() {
        // given
        SnapshotStore store = new SnapshotStore(directory.resolve("actions.json"));

        // when / then
        assertThat(store.read()).isEmpty();
    }

    @Test
    @DisplayName("the first write creates the directories and leaves no temporary file")
    void firstWrite() throws Exception {
        // given
        Path file = directory.resolve("src/main/actionkit/actions.json");
        SnapshotStore store = new SnapshotStore(file);

        // when
        boolean written = store.writeIfChanged(bytes("{}\n"));

        // then
        assertThat(written).isTrue();
        assertThat(file).hasContent("{}");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisplayName("equal bytes are not written again: the modification time stays")
    void unchanged() throws Exception {
        // given
        Path file = directory.resolve("actions.json");
        Files.write(file, bytes("{}\n"));
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);
        SnapshotStore store = new SnapshotStore(file);

        // when
        boolean written = store.writeIfChanged(bytes("{}\n"));

        // then
        assertThat(written).isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    @DisplayName("changed bytes replace the file")
    void changed() throws Exception {
        // given
        Path file = directory.resolve("actions.json");
        Files.write(file, bytes("{}\n"));
        SnapshotStore store = new SnapshotStore(file);

        // when
        boolean written = store.writeIfChanged(bytes("{\"actions\": {}}\n"));

        // then
        assertThat(written).isTrue();
        assertThat(store.read()).hasValueSatisfying(
                content -> assertThat(content).isEqualTo(bytes("{\"actions\": {}}\n")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
