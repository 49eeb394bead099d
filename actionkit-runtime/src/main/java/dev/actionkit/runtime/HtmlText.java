package dev.actionkit.runtime;

/**
 * The visible text of an HTML fragment, found in one pass: each tag becomes a space, the
 * contents of {@code script} and {@code style} elements are dropped. Every character is looked
 * at a bounded number of times, so a page of a million unclosed tags costs no more than a
 * million letters.
 */
final class HtmlText {

    private static final String[] HIDDEN = {"script", "style"};

    private HtmlText() {}

    static String visible(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int at = 0;
        while (at < html.length()) {
            int open = html.indexOf('<', at);
            if (open < 0 || open + 1 >= html.length()) {
                return out.append(html, at, html.length()).toString();
            }
            out.append(html, at, open);
            if (!startsTag(html.charAt(open + 1))) {
                out.append('<');
                at = open + 1;
                continue;
            }
            int close = html.indexOf('>', open);
            if (close < 0) {
                // An unclosed tag ends the text: no later '>' exists to end any other tag.
                return out.append(' ').toString();
            }
            out.append(' ');
            at = skipHidden(html, open + 1, close + 1);
        }
        return out.toString();
    }

    private static boolean startsTag(char c) {
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /**
     * Returns where the text goes on after the tag that ends before {@code after}: past the
     * matching end tag when it opens a script or style element, else right after it.
     */
    private static int skipHidden(String html, int name, int after) {
        for (String hidden : HIDDEN) {
            if (html.regionMatches(true, name, hidden, 0, hidden.length())
                    && !isNameChar(html, name + hidden.length())) {
                int end = endTag(html, hidden, after);
                if (end < 0) {
                    return html.length();
                }
                int close = html.indexOf('>', end);
                return close < 0 ? html.length() : close + 1;
            }
        }
        return after;
    }

    private static boolean isNameChar(String html, int index) {
        return index < html.length() && Character.isLetterOrDigit(html.charAt(index));
    }

    /** Returns the index of {@code </name} at or after {@code from}, any case, or -1. */
    private static int endTag(String html, String name, int from) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at + 2, name, 0, name.length())) {
                return at;
            }
        }
        return -1;
    }
}
