package dev.actionkit.codegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JavadocText makes any description safe inside a Javadoc comment")
class JavadocTextTest {

    @Test
    @DisplayName("comment terminators and openers are broken with entities")
    void commentMarkers() {
        assertThat(JavadocText.escape("a */ b /* c")).isEqualTo("a *&#47; b /&#42; c");
    }

    @Test
    @DisplayName("backslashes become entities so javac sees no backslash-u escape")
    void backslashU() {
        assertThat(JavadocText.escape("\\u002a/ and C:\\users"))
                .isEqualTo("&#92;u002a/ and C:&#92;users");
    }

    @Test
    @DisplayName("tags, HTML and ampersands become entities; placeholders stay text")
    void tagsAndHtml() {
        assertThat(JavadocText.escape("@deprecated <b>x</b> & $T %s {{settings.x}}"))
                .isEqualTo("&#64;deprecated &lt;b&gt;x&lt;/b&gt; &amp; $T %s {{settings.x}}");
    }

    @Test
    @DisplayName("line breaks become LF, other control characters and separators spaces")
    void controls() {
        assertThat(JavadocText.escape("a\r\nb\rc\u0000d\u2028e\tf\u0085g"))
                .isEqualTo("a\nb\nc d e f g");
    }

    @Test
    @DisplayName("blank descriptions become empty, emoji stay")
    void blankAndEmoji() {
        assertThat(JavadocText.escape("  \n ")).isEmpty();
        assertThat(JavadocText.escape("ok \uD83D\uDE00")).isEqualTo("ok \uD83D\uDE00");
    }
}
