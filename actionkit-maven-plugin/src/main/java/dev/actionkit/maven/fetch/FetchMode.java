package dev.actionkit.maven.fetch;

import dev.actionkit.maven.problem.BuildFailure;
import java.util.Locale;

/** When the plugin fetches the catalog from ActionKit instead of using the snapshot. */
public enum FetchMode {

    /**
     * Fetch when a project id and a token are available and Maven is not offline; when the fetch
     * fails and a snapshot exists, warn and use the snapshot.
     */
    AUTO,

    /** Always fetch; fail without a project id and a token, offline, or when the fetch fails. */
    ALWAYS,

    /** Never touch the network: use the snapshot. */
    NEVER;

    /**
     * Reads {@code auto}, {@code always} or {@code never}, in any case.
     *
     * @throws BuildFailure for any other text
     */
    public static FetchMode parse(String text) throws BuildFailure {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (FetchMode mode : values()) {
            if (mode.name().equals(value)) {
                return mode;
            }
        }
        throw new BuildFailure("fetch must be auto, always or never, not '" + text + "'.");
    }

    /** Returns the lower-case name used in the configuration, e.g. {@code auto}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
