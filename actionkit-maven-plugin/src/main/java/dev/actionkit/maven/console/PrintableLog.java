package dev.actionkit.maven.console;

import dev.actionkit.codegen.diagnostic.Diagnostic;

/**
 * A {@link BuildLog} that writes every message as one printable line
 * ({@link Diagnostic#printable}): text from a catalog or a server cannot start a line of its own
 * (a forged {@code [INFO]}) or send a terminal escape sequence.
 */
public final class PrintableLog implements BuildLog {

    private final BuildLog log;

    private PrintableLog(BuildLog log) {
        this.log = log;
    }

    /** Returns {@code log} escaping every message; a log that already does is returned as is. */
    public static BuildLog of(BuildLog log) {
        return log instanceof PrintableLog ? log : new PrintableLog(log);
    }

    @Override
    public void info(String message) {
        log.info(Diagnostic.printable(message));
    }

    @Override
    public void warn(String message) {
        log.warn(Diagnostic.printable(message));
    }

    @Override
    public void debug(String message) {
        log.debug(Diagnostic.printable(message));
    }
}
