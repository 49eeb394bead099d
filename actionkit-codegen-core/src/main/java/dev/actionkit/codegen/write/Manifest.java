package dev.actionkit.codegen.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a generation owns in its output directory: the fingerprint it was made with and every
 * file it wrote, as relative paths with {@code /}. Stored as {@value #FILE_NAME}, written last
 * and deleted first, so that a killed run is never taken as complete.
 *
 * <p>The format is plain UTF-8 text with LF, so that the up-to-date check needs no JSON parser:
 * the line {@value #HEADER}, the fingerprint line (backslash, CR and LF escaped as {@code \\},
 * {@code \r}, {@code \n}), then one owned path per line, sorted.
 *
 * @param fingerprint the request's opaque fingerprint
 * @param files the owned files, sorted
 */
public record Manifest(String fingerprint, List<String> files) {

    /** The manifest's file name in the output directory. */
    public static final String FILE_NAME = ".actionkit-codegen-manifest";

    /** The first line of every manifest: format and version. */
    public static final String HEADER = "actionkit-codegen-manifest 1";

    public Manifest {
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        files = List.copyOf(files);
    }

    /** Reads the manifest of a directory; empty when there is none or it is malformed. */
    public static Optional<Manifest> read(Path directory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(directory.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        return Optional.of(new Manifest(unescape(lines.get(1)), lines.subList(2, lines.size())));
    }

    /** Returns the manifest's bytes. */
    byte[] toBytes() {
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append(escape(fingerprint)).append('\n');
        files.forEach(file -> text.append(file).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
