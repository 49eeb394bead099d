package dev.actionkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Facade text names types and lays out signatures as JavaPoet would")
class FacadeTextTest {

    private static final ClassName SELF = ClassName.get("com.acme", "SlackActions");
    private static final ClassName UTIL_LIST = ClassName.get("java.util", "List");
    private static final ClassName AWT_LIST = ClassName.get("java.awt", "List");

    @Test
    @DisplayName("own-package and java.lang classes go by simple name, others are imported sorted, "
            + "and a second class with a taken simple name is written fully qualified")
    void names() {
        // given
        ClassName nested = ClassName.get("com.acme", "SlackParams", "Builder");
        ClassName future = ClassName.get("java.util.concurrent", "CompletableFuture");
        List<TypeName> types = List.of(future, UTIL_LIST, AWT_LIST, nested, ClassName.OBJECT);
        // when
        TypeText text = new TypeText(SELF, types);
        // then
        assertThat(text.importLines()).isEqualTo(
                "import java.util.List;\nimport java.util.concurrent.CompletableFuture;\n");
        assertThat(text.name(UTIL_LIST)).isEqualTo("List");
        assertThat(text.name(AWT_LIST)).isEqualTo("java.awt.List");
        assertThat(text.name(nested)).isEqualTo("SlackParams.Builder");
        assertThat(text.name(ClassName.OBJECT)).isEqualTo("Object");
    }

    @Test
    @DisplayName("a class of the own package wins its simple name over imports and java.lang")
    void ownPackageWins() {
        // given
        ClassName ownList = ClassName.get("com.acme", "List");
        ClassName ownObject = ClassName.get("com.acme", "SlackActionsParams", "Object");
        // when
        TypeText text = new TypeText(SELF, List.of(UTIL_LIST, ownList, ClassName.OBJECT,
                ownObject.topLevelClassName(), ClassName.get("com.acme", "Object")));
        // then
        assertThat(text.importLines()).isEmpty();
        assertThat(text.name(UTIL_LIST)).isEqualTo("java.util.List");
        assertThat(text.name(ownList)).isEqualTo("List");
        assertThat(text.name(ClassName.OBJECT)).isEqualTo("java.lang.Object");
    }

    @Test
    @DisplayName("parameterized, wildcard, array and primitive types are written whole")
    void composite() {
        // given
        TypeName map = ParameterizedTypeName.get(ClassName.get("java.util", "Map"),
                ClassName.get(String.class), ArrayTypeName.of(TypeName.INT));
        TypeName wild = ParameterizedTypeName.get(UTIL_LIST,
                WildcardTypeName.subtypeOf(ClassName.get(Number.class)));
        TypeName any = ParameterizedTypeName.get(UTIL_LIST,
                WildcardTypeName.subtypeOf(Object.class));
        TypeName sup = ParameterizedTypeName.get(UTIL_LIST,
                WildcardTypeName.supertypeOf(ClassName.get(Integer.class)));
        // when
        TypeText text = new TypeText(SELF, List.of(map, wild, any, sup));
        // then
        assertThat(text.name(map)).isEqualTo("Map<String, int[]>");
        assertThat(text.name(wild)).isEqualTo("List<? extends Number>");
        assertThat(text.name(any)).isEqualTo("List<?>");
        assertThat(text.name(sup)).isEqualTo("List<? super Integer>");
    }

    @Test
    @DisplayName("a type with no text form is refused by name")
    void refused() {
        // given
        TypeText text = new TypeText(SELF, List.of());
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> text.name(TypeVariableName.get("T")));
        // then
        assertThat(e).hasMessageContaining("no facade text for the type T");
    }

    @Test
    @DisplayName("signatures of every length, final or not, varargs or not, wrap exactly where "
            + "JavaPoet wraps them")
    void wrapsLikeJavaPoet() {
        for (boolean varargs : new boolean[] {false, true}) {
            for (int count = varargs ? 1 : 0; count < 6; count++) {
                for (int length = 1; length < 60; length += 3) {
                    // given
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        names.add("p" + i + "x".repeat(length));
                    }
                    String name = "m" + "y".repeat(length);
                    List<String> declared = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        boolean last = varargs && i == count - 1;
                        declared.add((last ? "String... " : "String ") + names.get(i));
                    }
                    // when
                    FacadeText text = new FacadeText(SELF, List.of());
                    text.signature(varargs ? "public final" : "public", "String", name,
                            declared);
                    text.line("        return null;");
                    text.line("    }");
                    // then
                    assertThat(body(text.finish()))
                            .as("%d parameters of %d, varargs %s", count, length, varargs)
                            .isEqualTo(body(javaPoet(name, names, varargs)));
                }
            }
        }
    }

    private static String javaPoet(String name, List<String> parameters, boolean varargs) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addStatement("return null");
        if (varargs) {
            method.addModifiers(Modifier.FINAL).varargs(true);
        }
        for (int i = 0; i < parameters.size(); i++) {
            boolean last = varargs && i == parameters.size() - 1;
            method.addParameter(last ? ArrayTypeName.of(String.class) : ClassName.get(String.class),
                    parameters.get(i));
        }
        TypeSpec type = TypeSpec.classBuilder("SlackActions").addMethod(method.build()).build();
        return JavaFile.builder("com.acme", type).indent("    ").build().toString();
    }

    private static String body(String file) {
        int start = file.indexOf("    public ");
        return file.substring(start, file.indexOf("    }\n", start));
    }
}
