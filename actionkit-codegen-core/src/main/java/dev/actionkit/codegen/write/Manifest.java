package dev.actionkit.codegen.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a generation owns in its output directory: its stamp (fingerprint and counts) and every
 * file it wrote, as relative paths with {@code /}. Stored as {@value #FILE_NAME}, written last
 * and deleted first, so that a killed run is never taken as complete.
 *
 * <p>The format is plain UTF-8 text with LF, so that the up-to-date check needs no JSON parser:
 * the line {@value #HEADER}, the fingerprint line (backslash, CR and LF escaped as {@code \\},
 * {@code \r}, {@code \n}), the line {@code counts <integrations> <actions>}, then one owned path
 * per line, sorted. A manifest of another format version reads as absent: the next build
 * regenerates.
 *
 * @param stamp the fingerprint and counts of the generation
 * @param files the owned files, sorted
 */
public record Manifest(GenerationStamp stamp, List<String> files) {

    /** The manifest's file name in the output directory. */
    public static final String FILE_NAME = ".actionkit-codegen-manifest";

    /** The first line of every manifest: format and version. */
    public static final String HEADER = "actionkit-codegen-manifest 2";

    private static final String COUNTS = "counts ";

    public Manifest {
        Objects.requireNonNull(stamp, "stamp == null");
        files = List.copyOf(files);
    }

    /** Reads the manifest of a directory; empty when there is none or it is malformed. */
    public static Optional<Manifest> read(Path directory) {
        String text;
        try {
            text = Files.readString(directory.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        List<String> lines = lines(text);
        if (lines.size() < 3 || !lines.get(0).equals(HEADER)
                || !lines.get(2).startsWith(COUNTS)) {
            return Optional.empty();
        }
        String[] counts = lines.get(2).substring(COUNTS.length()).split(" ", -1);
        if (counts.length != 2) {
            return Optional.empty();
        }
        GenerationStamp stamp;
        try {
            stamp = new GenerationStamp(unescape(lines.get(1)), Integer.parseInt(counts[0]),
                    Integer.parseInt(counts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new Manifest(stamp, lines.subList(3, lines.size())));
    }

    /**
     * Splits LF-terminated text into lines. Searching for each LF (a vectorized search) keeps
     * the up-to-date check fast in a cold JVM, where decoding 14,000 lines one character at a
     * time is not.
     */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Returns the manifest's bytes. */
    byte[] toBytes() {
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append(escape(stamp.fingerprint())).append('\n')
                .append(COUNTS).append(stamp.integrations()).append(' ').append(stamp.actions())
                .append('\n');
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
