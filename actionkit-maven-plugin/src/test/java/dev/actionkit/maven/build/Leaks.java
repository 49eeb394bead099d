package dev.actionkit.maven.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Asserts that no secret shows in what a run left behind. */
final class Leaks {

    private Leaks() {}

    /**
     * Asserts that no secret is in any of {@code texts} (logs, messages, stack traces,
     * {@code toString()}s) nor in any file under {@code root}, hidden files included.
     */
    static void assertNone(List<String> secrets, Path root, String... texts) {
        for (String secret : secrets) {
            for (String text : texts) {
                assertThat(text).as("a log, message or toString()").doesNotContain(secret);
            }
            for (Path file : ProjectFiles.list(root)) {
                assertThat(read(file)).as(file.toString()).doesNotContain(secret);
            }
        }
    }

    /** Returns the stack trace of {@code failure} with every cause, as {@code -e} shows it. */
    static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static String read(Path file) {
        try {
            // Latin-1 keeps every byte, so a secret in any ASCII-compatible encoding is found.
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
