package dev.actionkit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionkit.runtime.params.OpenParamsBuilder;
import dev.actionkit.runtime.params.ParamsObject;
import dev.actionkit.testkit.FakeActionKit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Parameter objects built on ParamsObject are sent exactly as built")
class ParamsObjectRunTest {

    /** The shape of a generated parameter class, written by hand. */
    static final class NoteParams extends ParamsObject {
        @JsonProperty("title")
        private String title;
        @JsonProperty("tags")
        private List<String> tags;

        List<String> getTags() {
            return tags;
        }

        static final class Builder extends OpenParamsBuilder<NoteParams, Builder> {
            Builder() {
                super(new NoteParams());
            }

            Builder title(String title) {
                target().title = title;
                return nullable("title", title);
            }

            Builder tags(List<String> tags) {
                target().tags = copyOf(tags);
                return this;
            }
        }
    }

    /**
     * A generated class annotates only renamed fields; its getters, whatever names they imply,
     * are never properties. As generated, it orders its properties, since it renames one.
     */
    @JsonPropertyOrder({"title", "due-date", "uRL"})
    static final class TaskParams extends ParamsObject {
        private String title;
        @JsonProperty("due-date")
        private String dueDate;
        private String uRL;

        public String getTitle() {
            return title;
        }

        public String getDueDate() {
            return dueDate;
        }

        public String getURL() {
            return uRL;
        }

        public boolean isDone() {
            return true;
        }

        static final class Builder extends OpenParamsBuilder<TaskParams, Builder> {
            Builder() {
                super(new TaskParams());
            }

            Builder title(String title) {
                target().title = title;
                return this;
            }

            Builder dueDate(String dueDate) {
                target().dueDate = dueDate;
                return this;
            }

            Builder uRL(String uRL) {
                target().uRL = uRL;
                return this;
            }
        }
    }

    private FakeActionKit server;
    private ActionKitClient client;

    @BeforeEach
    void start() {
        server = FakeActionKit.start("p-42", 0);
        client = TestClients.builder(server, new RecordingSleeper()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String sent(ParamsObject params) {
        client.run("NOTES_CREATE", params);
        return server.runs().get(server.runs().size() - 1).json().get("parameters").toString();
    }

    @Test
    @DisplayName("a nullable property set to null is sent as null, unset it is absent, and extra "
            + "properties follow the declared ones")
    void explicitNullsAndExtras() {
        // given
        NoteParams.Builder builder =
                new NoteParams.Builder().additionalProperty("Level__c", "Gold");
        // when
        String unset = sent(builder.build());
        String cleared = sent(builder.title(null).build());
        String set = sent(builder.title("Hi").build());
        // then
        assertThat(unset).isEqualTo("{\"Level__c\":\"Gold\"}");
        assertThat(cleared).isEqualTo("{\"Level__c\":\"Gold\",\"title\":null}");
        assertThat(set).isEqualTo("{\"title\":\"Hi\",\"Level__c\":\"Gold\"}");
    }

    @Test
    @DisplayName("a built object keeps what it was built with: later builder calls and changes to "
            + "the list given do not reach it, and its collections are read-only")
    void builtObjectsDoNotChange() {
        // given
        List<String> tags = new ArrayList<>(List.of("a"));
        NoteParams.Builder builder = new NoteParams.Builder().tags(tags);
        NoteParams built = builder.build();
        // when
        tags.add("b");
        builder.additionalProperty("later", 1).title("later");
        // then
        assertThat(sent(built)).isEqualTo("{\"tags\":[\"a\"]}");
        assertThrows(UnsupportedOperationException.class, () -> built.getTags().add("c"));
        assertThrows(UnsupportedOperationException.class,
                () -> built.getAdditionalProperties().put("x", 1));
    }

    @Test
    @DisplayName("fields are the properties: unannotated ones under their own names, renamed ones "
            + "under the wire name, getters add nothing, and a document reads back the same")
    void fieldsAreTheProperties() throws Exception {
        // given
        TaskParams built = new TaskParams.Builder().title("Ship").dueDate("2026-12-24")
                .uRL("https://example.test").additionalProperty("Level__c", "Gold").build();
        // when
        String json = sent(built);
        TaskParams read = new ObjectMapper().readValue(json, TaskParams.class);
        // then
        assertThat(json).isEqualTo("{\"title\":\"Ship\",\"due-date\":\"2026-12-24\","
                + "\"uRL\":\"https://example.test\",\"Level__c\":\"Gold\"}");
        assertThat(read.getTitle()).isEqualTo("Ship");
        assertThat(read.getDueDate()).isEqualTo("2026-12-24");
        assertThat(read.getURL()).isEqualTo("https://example.test");
        assertThat(read.getAdditionalProperties()).containsExactly(entry("Level__c", "Gold"));
        assertThat(sent(read)).isEqualTo(json);
    }
}
