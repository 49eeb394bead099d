package dev.actionkit.maven.console;

/** Counted nouns for log lines. */
public final class Counts {

    private Counts() {}

    /** Returns e.g. {@code 1 action} or {@code 2 actions}: {@code noun} takes a plain "s". */
    public static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
