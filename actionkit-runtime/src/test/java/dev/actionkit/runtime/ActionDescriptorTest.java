package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.catalog.ActionDefinition;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An action descriptor carries an action's name, description and schema")
class ActionDescriptorTest {

    @Test
    @DisplayName("the schema text is parsed on demand, exactly as given")
    void parsesSchema() {
        // given
        ActionDescriptor descriptor = new ActionDescriptor("slack", "SLACK_SEND_MESSAGE", "Send",
                "{\"type\": \"object\", \"required\": [\"channel\"]}");

        // then
        assertThat(descriptor.parametersSchema().at("/required/0").asText()).isEqualTo("channel");
        assertThat(descriptor.parametersSchema()).isNotSameAs(descriptor.parametersSchema());
    }

    @Test
    @DisplayName("a schema that is not JSON fails naming the action")
    void badSchema() {
        // given
        ActionDescriptor descriptor = new ActionDescriptor("slack", "SLACK_X", "", "{oops");

        // when
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                descriptor::parametersSchema);

        // then
        assertThat(e).hasMessage("the schema of SLACK_X is not JSON");
    }

    @Test
    @DisplayName("no part may be null")
    void nulls() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new ActionDescriptor("slack", null, "", "{}"));

        assertThat(e).hasMessage("name == null");
    }

    @Test
    @DisplayName("a catalog's action becomes the descriptor of the same integration, name, description and schema")
    void fromDefinition() throws Exception {
        // given
        ActionDefinition action = new ActionDefinition("googledrive", "GOOGLE_DRIVE_LIST_FILES",
                "List files", new ObjectMapper().readTree("{\"type\": \"object\", \"properties\": "
                        + "{\"pageSize\": {\"type\": \"integer\"}}}"));

        // when
        ActionDescriptor descriptor = ActionDescriptor.of(action);

        // then
        assertThat(descriptor.integration()).isEqualTo("googledrive");
        assertThat(descriptor.name()).isEqualTo("GOOGLE_DRIVE_LIST_FILES");
        assertThat(descriptor.description()).isEqualTo("List files");
        assertThat(descriptor.parametersSchema()).isEqualTo(action.parameters());
    }
}
