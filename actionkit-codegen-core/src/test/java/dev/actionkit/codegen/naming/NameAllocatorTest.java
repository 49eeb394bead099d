package dev.actionkit.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NameAllocator decides names deterministically, never by processing order")
class NameAllocatorTest {

    private static Map<String, String> allocate(List<String> wireNames) {
        NameAllocator<String> names = new NameAllocator<>(false, JavaNames::isKeyword);
        names.reserve("additionalProperties");
        wireNames.forEach(w -> names.request(w, w, Identifiers.lowerCamel(w, "property")));
        return names.allocate(String::compareTo);
    }

    @Test
    @DisplayName("a wire name that already is the identifier keeps it, whatever the order")
    void exactNameWins() {
        Map<String, String> one = allocate(List.of("search_depth", "searchDepth"));
        Map<String, String> other = allocate(List.of("searchDepth", "search_depth"));
        assertThat(one).isEqualTo(Map.of("searchDepth", "searchDepth",
                "search_depth", "searchDepth2"));
        assertThat(other).isEqualTo(one);
    }

    @Test
    @DisplayName("otherwise the first wire name in string order wins and the rest count up")
    void stringOrderWins() {
        assertThat(allocate(List.of("a b", "A B", "a-b")))
                .isEqualTo(Map.of("A B", "aB", "a b", "aB2", "a-b", "aB3"));
    }

    @Test
    @DisplayName("keywords get a trailing underscore and reserved names are never granted")
    void keywordsAndReserved() {
        assertThat(allocate(List.of("class", "additionalProperties", "record")))
                .isEqualTo(Map.of("class", "class_", "additionalProperties",
                        "additionalProperties2", "record", "record_"));
    }

    @Test
    @DisplayName("an identifier ending in a digit counts up after an underscore")
    void digitSuffix() {
        assertThat(allocate(List.of("fail500", "FAIL_500")))
                .isEqualTo(Map.of("fail500", "fail500", "FAIL_500", "fail500_2"));
    }

    @Test
    @DisplayName("ignoring case, Foo and FOO clash (type names are file names)")
    void ignoringCase() {
        NameAllocator<String> types = new NameAllocator<>(true, n -> false);
        types.reserveAll(JavaNames.RESERVED_TYPES);
        types.request("b", "x", "TestkitRecordParams").request("a", "y", "TestKitRecordParams")
                .request("c", "z", "String");
        assertThat(types.allocate(String::compareTo)).isEqualTo(Map.of(
                "a", "TestKitRecordParams", "b", "TestkitRecordParams2", "c", "String2"));
    }

    @Test
    @DisplayName("with a companion suffix, send and sendAsync are claimed together")
    void companion() {
        NameAllocator<String> methods = new NameAllocator<String>(false, n -> false)
                .withCompanion("Async");
        methods.request("SEND", "SEND", "send").request("SEND_ASYNC", "SEND_ASYNC", "sendAsync");
        assertThat(methods.allocate(String::compareTo))
                .isEqualTo(Map.of("SEND", "send", "SEND_ASYNC", "sendAsync2"));
    }

    @Test
    @DisplayName("asking twice for the same key is a programmer error")
    void duplicateKey() {
        NameAllocator<String> names = new NameAllocator<>(false, n -> false);
        names.request("k", "k", "k");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> names.request("k", "k", "k"));
        assertThat(e).hasMessage("duplicate key: k");
    }
}
