package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.params.WireEnum;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("WireEnum finds the constant of a wire value, as generated enums' fromValue does")
class WireEnumTest {

    /** The shape of a generated enum, written by hand. */
    enum Priority implements WireEnum {
        LOW("low"),
        HIGH_PLUS("high+"),
        EMPTY("");

        private final String value;

        Priority(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value;
        }

        @JsonValue
        @Override
        public String value() {
            return value;
        }

        @JsonCreator
        public static Priority fromValue(String value) {
            return WireEnum.constant(Priority.class, value);
        }
    }

    @Test
    @DisplayName("each wire value gives its constant, the empty string included")
    void knownValues() {
        // when, then
        assertThat(WireEnum.constant(Priority.class, "low")).isSameAs(Priority.LOW);
        assertThat(WireEnum.constant(Priority.class, "high+")).isSameAs(Priority.HIGH_PLUS);
        assertThat(WireEnum.constant(Priority.class, "")).isSameAs(Priority.EMPTY);
    }

    @Test
    @DisplayName("an unknown value, a constant's Java name and null give null, never an exception")
    void unknownValues() {
        // when, then
        assertThat(WireEnum.constant(Priority.class, "urgent")).isNull();
        assertThat(WireEnum.constant(Priority.class, "HIGH_PLUS")).isNull();
        assertThat(WireEnum.constant(Priority.class, "LOW")).isNull();
        assertThat(WireEnum.constant(Priority.class, null)).isNull();
    }

    @Test
    @DisplayName("Jackson writes the wire value and reads it back through fromValue")
    void jacksonRoundTrip() throws Exception {
        // given
        ObjectMapper json = new ObjectMapper();
        // when
        String written = json.writeValueAsString(List.of(Priority.HIGH_PLUS, Priority.LOW));
        Priority[] read = json.readValue("[\"high+\",\"nope\",\"\"]", Priority[].class);
        // then
        assertThat(written).isEqualTo("[\"high+\",\"low\"]");
        assertThat(read).containsExactly(Priority.HIGH_PLUS, null, Priority.EMPTY);
    }
}
