package dev.actionkit.codegen.property;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Description texts written to escape a Javadoc comment or a string literal: comment
 * terminators, backslash-u sequences (well-formed, malformed and the escaped-backslash forms
 * javac does not decode), JavaPoet and format placeholders, Javadoc tags, HTML, control
 * characters including NUL and U+2028, surrogates, code that would compile if it got out, and
 * texts of up to 10,000 characters (beyond one class-file constant after encoding).
 */
public final class HostileTexts {

    static final List<String> PIECES = List.of("*/", "/*", "/**", "**/", "*", "/",
            "\\u002a/", "\\u002A\\u002F", "\\u", "\\uXYZ", "\\u00", "\\uuuu002a/", "\\\\u002a/",
            "\\u000a", "\\u000d", "\\u0022", "\\u005c", "\\uD800", "\\", "\\\\", "\"", "\\\"", "'",
            "$T", "$L", "$S", "$N", "$$", "$", "$1L", "$<", "$>", "$W", "$Z", "$]", "%s", "%n",
            "%", "%d", "%%", "%1$s", "{@code", "}", "{@link Foo}", "{@inheritDoc}", "<script>",
            "</script>", "<b>", "</pre>", "<!--", "-->", "&amp;", "&#92;", "@param x", "@return",
            "@deprecated", "@Override", "\u0000", "\u0007", "\u001b[31m", "\r\n", "\r", "\n",
            "\u2028", "\u2029", "\u0085", "\uFEFF", "\uD83D\uDE00", "\uD800", "\uDFFF",
            "C:\\users\\x", "{{settings.x}}", "public void injected() {}",
            "*/ public int smuggled; /*", "\"; } static { System.exit(1); } String s = \"",
            "// line", "/* nested */", "\t",
            "1000+", "Mr.", "名前", "ü", "Ends here */");

    /** Built once: jqwik reuses the generators of an arbitrary it has seen before. */
    private static final Arbitrary<String> LONG = buildLong10000();
    private static final Arbitrary<String> SHORT = buildShortDescriptions();
    private static final Arbitrary<String> DESCRIPTIONS = buildDescriptions();

    private HostileTexts() {}

    /** Returns a description: empty, one hostile piece, a mix, random text, or a long text. */
    public static Arbitrary<String> descriptions() {
        return DESCRIPTIONS;
    }

    /** Returns short descriptions only, for the many schema nodes of one action. */
    public static Arbitrary<String> shortDescriptions() {
        return SHORT;
    }

    /** Returns texts of 8,001 to 10,000 characters: long enough to be split into literals. */
    static Arbitrary<String> long10000() {
        return LONG;
    }

    private static Arbitrary<String> buildDescriptions() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just("")),
                Tuple.of(3, Arbitraries.of(PIECES)),
                Tuple.of(6, mixed(12)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(1, long10000()));
    }

    private static Arbitrary<String> buildShortDescriptions() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("")),
                Tuple.of(3, Arbitraries.of(PIECES)),
                Tuple.of(3, mixed(6)));
    }

    /** Returns up to {@code pieces} hostile pieces and plain words run together. */
    static Arbitrary<String> mixed(int pieces) {
        return Arbitraries.oneOf(Arbitraries.of(PIECES),
                        Arbitraries.strings().alpha().ofMaxLength(6).map(w -> w + " "))
                .list().ofMaxSize(pieces).map(list -> String.join("", list));
    }

    private static Arbitrary<String> buildLong10000() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(8_001).ofMaxLength(10_000),
                mixed(12).filter(s -> !s.isEmpty()).map(s -> (s.repeat(10_000 / s.length() + 1))
                        .substring(0, 10_000)),
                Arbitraries.of("\u20AC", "*/", "\\u002a/", "\uD83D\uDE00", "x").map(unit ->
                        unit.repeat(10_000 / unit.length())));
    }
}
