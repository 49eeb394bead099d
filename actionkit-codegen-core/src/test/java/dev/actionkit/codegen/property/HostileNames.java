package dev.actionkit.codegen.property;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Names written to break a generator: keywords, contextual keywords, {@link Object}'s methods,
 * the members our generated classes declare, digits first, dots, dashes, brackets, spaces,
 * slashes and {@code ..}, unicode (surrogate pairs and lone surrogates), empty and blank
 * strings, 300-character names, and case-only or camel/snake twins of each other.
 */
public final class HostileNames {

    static final List<String> KEYWORDS = List.of("class", "default", "int", "enum", "public",
            "static", "new", "null", "true", "false", "goto", "const", "assert", "import",
            "package", "this", "super", "void", "abstract", "interface", "strictfp", "native",
            "transient", "volatile", "synchronized", "throws", "instanceof", "switch", "case",
            "return", "byte", "char", "final", "try", "catch", "finally", "if", "else", "for",
            "do", "while", "break", "continue", "extends", "implements", "long", "double");

    static final List<String> CONTEXTUAL = List.of("record", "var", "yield", "sealed", "permits",
            "non-sealed", "_", "__", "module", "open", "opens", "exports", "requires", "to",
            "with", "when", "transitive", "uses", "provides");

    static final List<String> OBJECT_METHODS = List.of("getClass", "hashCode", "equals",
            "clone", "toString", "notify", "notifyAll", "wait", "finalize");

    /** Members and types the generated classes declare or use (see the golden files). */
    static final List<String> GENERATED_MEMBERS = List.of("builder", "build", "Builder",
            "apply", "additionalProperty", "additionalProperties", "AdditionalProperties",
            "additional_properties", "getAdditionalProperties", "setAdditionalProperty",
            "instance", "copy", "ACTION_NAME", "action_name", "DESCRIPTOR", "descriptor",
            "CONSTANTS", "constants", "fromValue", "WireEnum", "constant", "value", "toValue",
            "descriptors", "client", "options", "options_", "params", "Actions", "actions",
            "Params", "Async", "async", "run", "runAsync", "name", "description", "integration",
            "String", "Object", "List",
            "Map", "JsonNode", "Consumer", "CompletableFuture", "Objects", "ActionKitClient",
            "ActionResult", "ActionDescriptor", "Long", "Override", "Generated", "JsonProperty",
            "SafeVarargs", "safe_varargs", "SuppressWarnings",
            "java", "com", "dev", "lang", "$", "$ref", "EMPTY", "getChannel", "get", "set");

    static final List<String> SYMBOLIC = List.of(".", "..", "...", "../../x", "../", "./a", "/",
            "/etc/passwd", "a/b", "a.b", "a..b", "-", "a-b", "--x", "[]", "a[]", "a[0]",
            "updated_at[gt]", " ", "a b", "A B", " lead", "trail ", "\t", "~0", "~1", "a~1b",
            "#", "#/properties/x", "*/", "/*", "\\u002a/", "\\", "\\\\", "\"", "'", "%s", "%n",
            "$T", "$L", "{{settings.x}}", "C:\\users\\x", "\u0000", "a\u0000b", "\n", "\r\n", "0",
            "00", "007", "1000+", "9lives", "1_2", "_0", "_1", "Mr.",
            "urn:ietf:params:scim:2.0:User", "field-email", "filter.value", "Custom_Field__c",
            "Level__c", "NUL", "CON", "aux",
            "@type", "x-actionkit-wire-name", "javaType", "existingJavaType");

    static final List<String> UNICODE = List.of("名前", "é", "e\u0301", "\uD83D\uDE00",
            "a\uD83D\uDE00b", "\u01C5", "ß", "İstanbul", "Ω",
            "\u2028", "\u2029", "\uFEFF", "\u200B", "\uD835\uDCB3", "ａｂｃ", "Ǆ", "ǆ", "\u0085",
            "\u00A0", "ÄÖÜ", "äöü", "日本語_名前", "кириллица");

    /**
     * Lone surrogates. Rare on purpose: Jackson refuses one escaped in a key (the parser then
     * rejects the catalog with a line and column), so frequent ones would end most tries there.
     */
    static final List<String> LONE_SURROGATES = List.of("\uD800", "\uDC00x", "x\uD83D");

    /**
     * Characters of random names, picked one by one: no surrogates (each would be a lone one;
     * pairs come from {@link #UNICODE}, lone ones from {@link #LONE_SURROGATES}).
     */
    private static final String ALPHABET = "aAzZ09_-. $@*/\\\"'<>{}[]%#+:?!~`|;,=&^()"
            + "\u00e9\u4e2d\n\r\t\u0000\u2028\u0130\u0131";

    /** Built once: jqwik reuses the generators of an arbitrary it has seen before. */
    private static final Arbitrary<String> ANY = buildAny();

    private HostileNames() {}

    /** Returns any hostile name, including empty and blank ones. */
    public static Arbitrary<String> any() {
        return ANY;
    }

    private static Arbitrary<String> buildAny() {
        Arbitrary<String> common = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(KEYWORDS)),
                Tuple.of(3, Arbitraries.of(CONTEXTUAL)),
                Tuple.of(2, Arbitraries.of(OBJECT_METHODS)),
                Tuple.of(4, Arbitraries.of(GENERATED_MEMBERS)),
                Tuple.of(4, Arbitraries.of(SYMBOLIC)),
                Tuple.of(3, Arbitraries.of(UNICODE)),
                Tuple.of(1, Arbitraries.of("", " ", "  ", "\t\n")),
                Tuple.of(5, Arbitraries.strings().withChars(ALPHABET).ofMaxLength(10)),
                Tuple.of(3, Arbitraries.strings().alpha().numeric().withChars('_')
                        .ofMinLength(1).ofMaxLength(12)),
                Tuple.of(2, digitsFirst()),
                Tuple.of(1, long300()));
        return Arbitraries.frequencyOf(Tuple.of(1000, common),
                Tuple.of(1, Arbitraries.of(LONE_SURROGATES)));
    }

    /** Returns names that start with digits: {@code 0}, {@code 12306_get}, {@code 9class}. */
    public static Arbitrary<String> digitsFirst() {
        return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4),
                Arbitraries.oneOf(Arbitraries.of(KEYWORDS), Arbitraries.of(GENERATED_MEMBERS),
                        Arbitraries.of("", "_", "_get", "+", ".5", "e3")))
                .as(String::concat);
    }

    /** Returns names of 300 characters, the length that overflows a file name. */
    public static Arbitrary<String> long300() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofLength(300),
                Arbitraries.strings().withChars(ALPHABET).ofLength(300),
                Arbitraries.of("a", "A_", "x-", "日", "\uD83D\uDE00", ".").map(unit ->
                        unit.repeat(300 / unit.length())));
    }

    /** Returns integration keys: realistic ones and hostile ones (possibly empty). */
    public static Arbitrary<String> integrationKeys() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("slack", "googledrive", "googleCalendar",
                        "custom.spotify", "hubspot", "salesforce", "12306", "custom.a.b")),
                Tuple.of(7, any()));
    }

    /**
     * Returns action names for an integration: mostly {@code PREFIX_VERB_NOUN} forms built
     * from the key (so prefix stripping is exercised), else hostile names; a blank name, which
     * the catalog parser rejects, is rare so that most tries reach the generator.
     */
    public static Arbitrary<String> actionNames(String integrationKey) {
        String prefix = integrationKey.toUpperCase(Locale.ROOT).replace('.', '_');
        return Arbitraries.frequencyOf(
                Tuple.of(60, any().filter(n -> !n.isBlank()).map(n -> prefix + "_" + n)),
                Tuple.of(30, Arbitraries.of("SEND_MESSAGE", "LIST", "GET_CLASS", "WAIT",
                        "RECORD", "DESCRIPTORS", "CLIENT", "ASYNC", "PLAY", "PLAY_ASYNC",
                        "BUILDER", "1ST", "_").map(n -> prefix + "_" + n)),
                Tuple.of(60, any().filter(n -> !n.isBlank())),
                Tuple.of(1, Arbitraries.of("", " ", "\t")));
    }

    /**
     * Returns distinct names from {@code names}, as many as {@code sizes} says, plus up to three
     * twins of the first ones: the same name in other case, or its camel/snake spelling.
     */
    public static Arbitrary<List<String>> withTwins(Arbitrary<String> names,
            Arbitrary<Integer> sizes) {
        return Combinators.combine(sizes.flatMap(size -> names.list().ofSize(size)
                        .uniqueElements()), twinCounts(), Arbitraries.integers().between(0, 3))
                .as(HostileNames::addTwins);
    }

    /** Returns how many twins to add: none mostly, up to three sometimes. */
    static Arbitrary<Integer> twinCounts() {
        return Arbitraries.frequency(Tuple.of(14, 0), Tuple.of(4, 1), Tuple.of(1, 2),
                Tuple.of(1, 3));
    }

    private static List<String> addTwins(List<String> names, int twins, int style) {
        Set<String> all = new LinkedHashSet<>(names);
        for (int i = 0; i < Math.min(twins, names.size()); i++) {
            all.add(twin(names.get(i), style + i));
        }
        return new ArrayList<>(all);
    }

    /** Returns a twin of {@code name}: another case, or the camel form of a snake name. */
    static String twin(String name, int style) {
        return switch (style % 4) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> name.toLowerCase(Locale.ROOT);
            case 2 -> swapCase(name);
            default -> camel(name);
        };
    }

    private static String swapCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.chars().forEach(c -> out.append(Character.isUpperCase(c)
                ? Character.toLowerCase((char) c) : Character.toUpperCase((char) c)));
        return out.toString();
    }

    private static String camel(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_' || c == '-' || c == ' ' || c == '.') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.length() == name.length() ? name + "_" : out.toString();
    }
}
