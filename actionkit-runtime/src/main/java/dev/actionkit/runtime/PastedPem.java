package dev.actionkit.runtime;

/**
 * Undoes what pasting does to a PEM key: one pair of wrapping quotes (as a {@code .env} file or
 * a JSON value has them), line breaks written as literal {@code \r\n}, {@code \n} or {@code \r},
 * and surrounding blanks.
 */
final class PastedPem {

    private PastedPem() {}

    static String unwrap(String pem) {
        String text = pem.strip();
        if (text.length() >= 2 && isQuote(text.charAt(0))
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            text = text.substring(1, text.length() - 1);
        }
        return text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\r", "\n").strip();
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }
}
