package dev.actionkit.codegen.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a generation owns in its output directory: the fingerprint it was made with and every
 * file it wrote, as relative paths with {@code /}. Stored as {@value #FILE_NAME}, written last
 * and deleted first, so that a killed run is never taken as complete.
 *
 * @param fingerprint the request's opaque fingerprint
 * @param files the owned files, sorted
 */
public record Manifest(String fingerprint, List<String> files) {

    /** The manifest's file name in the output directory. */
    public static final String FILE_NAME = ".actionkit-codegen-manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public Manifest {
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        files = List.copyOf(files);
    }

    /** Reads the manifest of a directory; empty when there is none or it is unreadable. */
    public static Optional<Manifest> read(Path directory) {
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(directory.resolve(FILE_NAME)));
            if (root == null || !root.path("fingerprint").isTextual()
                    || !root.path("files").isArray()) {
                return Optional.empty();
            }
            List<String> files = new ArrayList<>(root.get("files").size());
            root.get("files").forEach(f -> files.add(f.asText()));
            return Optional.of(new Manifest(root.get("fingerprint").asText(), files));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Returns the manifest as JSON bytes, LF, deterministic. */
    byte[] toBytes() {
        ObjectNode root = JSON.createObjectNode().put("version", 1).put("fingerprint", fingerprint);
        ArrayNode list = root.putArray("files");
        files.forEach(list::add);
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    .replace("\r\n", "\n") + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a manifest could not be written", e);
        }
    }
}
