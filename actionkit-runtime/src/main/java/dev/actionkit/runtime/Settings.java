package dev.actionkit.runtime;

import java.util.Objects;

/** Checks of the settings that end up in HTTP headers; messages never quote the value. */
final class Settings {

    private Settings() {}

    /**
     * Returns {@code value} when it can be sent as a header value: not null, not blank, and
     * printable ASCII only. The JDK would otherwise reject it with a message that quotes it,
     * and the value may be a token.
     */
    static String headerValue(String value, String name) {
        Objects.requireNonNull(value, name + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7e) {
                throw new IllegalArgumentException(name + " contains a character that is not "
                        + "allowed in an HTTP header (at index " + i + ")");
            }
        }
        return value;
    }
}
