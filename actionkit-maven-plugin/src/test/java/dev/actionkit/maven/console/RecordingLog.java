package dev.actionkit.maven.console;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link BuildLog} that keeps every line, prefixed with its level, for assertions. */
public final class RecordingLog implements BuildLog {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }

    /** Returns every line so far, e.g. {@code INFO Fetching ...}. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Returns all lines joined, for "appears nowhere" assertions. */
    public String text() {
        return String.join("\n", lines);
    }
}
