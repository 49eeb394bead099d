package dev.actionkit.maven.fetch;

import dev.actionkit.maven.problem.BuildFailure;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code fetchTimeout} parameter: the longest the whole fetch may take, retries and the
 * waits between them included, so that a server that stops answering cannot hang the build.
 */
public final class FetchTimeout {

    /** The default as the mojo parameter spells it: two minutes. */
    public static final String DEFAULT_TEXT = "PT2M";

    /** Two minutes: ample for a catalog of 10,000 actions (docs/BENCHMARKS.md) and a retry. */
    public static final Duration DEFAULT = Duration.parse(DEFAULT_TEXT);

    private FetchTimeout() {}

    /**
     * Reads an ISO-8601 duration ({@code PT2M}, {@code pt30s}) or a whole number of seconds
     * ({@code 120}).
     *
     * @throws BuildFailure for anything else, zero or a negative duration
     */
    public static Duration parse(String text) throws BuildFailure {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Duration timeout;
        try {
            timeout = value.chars().allMatch(Character::isDigit) && !value.isEmpty()
                    ? Duration.ofSeconds(Long.parseLong(value))
                    : Duration.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw invalid(text);
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw invalid(text);
        }
        return timeout;
    }

    private static BuildFailure invalid(String text) {
        return new BuildFailure("fetchTimeout must be a positive ISO-8601 duration such as PT2M,"
                + " or a number of seconds such as 120, not '" + text + "'.");
    }
}
