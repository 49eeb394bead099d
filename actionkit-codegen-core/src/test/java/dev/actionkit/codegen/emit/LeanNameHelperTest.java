package dev.actionkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsonschema2pojo.util.NameHelper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Names are cleaned exactly as jsonschema2pojo's regular expression cleans them")
class LeanNameHelperTest {

    private final NameHelper lean = new LeanRuleFactory().getNameHelper();

    @ParameterizedTest
    @ValueSource(strings = {"channel", "a-b c", "$ok_9", "", "é", "\ud83d\ude00x", "x\ud800",
        "\udc00\ud800", "-", "Class", "tab\there"})
    @DisplayName("legal names, punctuation, non-ASCII, surrogate pairs and lone surrogates")
    void examples(String name) {
        assertThat(lean.replaceIllegalCharacters(name)).isEqualTo(viaRegex(name));
    }

    @Test
    @DisplayName("every one of the 65,536 chars, alone and between legal ones")
    void everyChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            // given
            String name = "a" + (char) c + "b";
            // when
            String cleaned = lean.replaceIllegalCharacters(name);
            // then
            assertThat(cleaned).as("char %04x", c).isEqualTo(viaRegex(name));
        }
    }

    @Test
    @DisplayName("random strings of ASCII, non-ASCII and surrogates")
    void randomStrings() {
        Random random = new Random(17);
        char[] alphabet = "aZ09_$-. \u00e9\u4e2d\ud83d\ude00\ud800\udc00".toCharArray();
        for (int i = 0; i < 20_000; i++) {
            // given
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                name.append(alphabet[random.nextInt(alphabet.length)]);
            }
            // when
            String cleaned = lean.replaceIllegalCharacters(name.toString());
            // then
            assertThat(cleaned).as("name %s", name).isEqualTo(viaRegex(name.toString()));
        }
    }

    @Test
    @DisplayName("jsonschema2pojo's rules get this helper, so getter names go through it too")
    void rulesUseIt() {
        assertThat(lean).isInstanceOf(LeanNameHelper.class);
        assertThat(lean.getPropertyName("a-b", null)).isEqualTo("a_b");
    }

    private static String viaRegex(String name) {
        return name.replaceAll(NameHelper.ILLEGAL_CHARACTER_REGEX, "_");
    }
}
