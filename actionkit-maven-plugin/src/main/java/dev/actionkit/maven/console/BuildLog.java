package dev.actionkit.maven.console;

/**
 * Where the build's steps are reported: the Maven log in the plugin, a list in tests. Messages
 * never contain a token.
 */
public interface BuildLog {

    /** One line per meaningful step. */
    void info(String message);

    /** Something the user should look at; the build goes on. */
    void warn(String message);

    /** Details, shown with {@code mvn -X}. */
    void debug(String message);
}
