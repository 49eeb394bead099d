package dev.actionkit.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Identifiers turn wire names into legal, readable Java names")
class IdentifiersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SLACK_SEND_MESSAGE|slackSendMessage", "field-email|fieldEmail",
        "filter.value|filterValue", "updated_at[gt]|updatedAtGt", "0|_0", "a b|aB",
        "searchDepth|searchDepth", "search_depth|searchDepth", "Level__c|levelC", "URL|url",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User|"
                + "urnIetfParamsScimSchemasExtensionEnterprise20User", "'名前'|property",
        "500|_500", "0[z|_0z", "3D_MODEL|_3dModel"})
    @DisplayName("lowerCamel names properties and methods")
    void lowerCamel(String wire, String expected) {
        assertThat(Identifiers.lowerCamel(wire, "property")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"custom.spotify|CustomSpotify",
        "GOOGLE_DRIVE|GoogleDrive", "12306|_12306", "googleCalendar|GoogleCalendar"})
    @DisplayName("UpperCamel names types")
    void upperCamel(String wire, String expected) {
        assertThat(Identifiers.upperCamel(wire, "Type")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"Mr.|MR", "1000+|_1000_PLUS", "''|EMPTY", "a b|A_B",
        "camelCase|CAMEL_CASE", "50%|_50_PERCENT", "default|DEFAULT"})
    @DisplayName("CONSTANT_CASE names enum constants")
    void constantCase(String wire, String expected) {
        assertThat(Identifiers.constantCase(wire, "EMPTY")).isEqualTo(expected);
    }

    @Test
    @DisplayName("a long identifier loses its middle, keeping its start and its end")
    void shortened() {
        String longName = "Slack" + "X".repeat(300) + "AttachmentsItem";
        assertThat(Identifiers.shortened(longName, 20)).isEqualTo("SlackXXXXXhmentsItem");
        assertThat(Identifiers.shortened(longName, 20)).hasSize(20);
        assertThat(Identifiers.shortened("SlackParams", 20)).isEqualTo("SlackParams");
    }

    @Test
    @DisplayName("keywords, contextual keywords and literals are recognized")
    void keywords() {
        assertThat(JavaNames.isKeyword("class")).isTrue();
        assertThat(JavaNames.isKeyword("record")).isTrue();
        assertThat(JavaNames.isKeyword("var")).isTrue();
        assertThat(JavaNames.isKeyword("null")).isTrue();
        assertThat(JavaNames.isKeyword("message")).isFalse();
    }
}
