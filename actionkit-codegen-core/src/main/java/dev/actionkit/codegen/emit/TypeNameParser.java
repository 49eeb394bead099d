package dev.actionkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a codemodel type name such as {@code java.util.List<java.util.Map<java.lang.String,
 * com.acme.Foo>>} into a JavaPoet {@link TypeName}, so the facade declares exactly the types
 * jsonschema2pojo gave the fields.
 */
final class TypeNameParser {

    private final String text;
    private int position;

    private TypeNameParser(String text) {
        this.text = text.replace(" ", "");
    }

    /** Parses a fully qualified, possibly parameterized, class type. */
    static TypeName parse(String text) {
        TypeNameParser parser = new TypeNameParser(text);
        TypeName type = parser.type();
        if (parser.position != parser.text.length()) {
            throw new IllegalArgumentException("not a type: " + text);
        }
        return type;
    }

    private TypeName type() {
        int start = position;
        while (position < text.length() && "<>,".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        ClassName raw = className(text.substring(start, position));
        if (position >= text.length() || text.charAt(position) != '<') {
            return raw;
        }
        position++;
        List<TypeName> arguments = new ArrayList<>();
        arguments.add(type());
        while (text.charAt(position) == ',') {
            position++;
            arguments.add(type());
        }
        position++;
        return ParameterizedTypeName.get(raw, arguments.toArray(new TypeName[0]));
    }

    /** Returns the class name of a fully qualified, top-level class name. */
    static ClassName className(String qualified) {
        int dot = qualified.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("not a qualified name: " + qualified);
        }
        return ClassName.get(qualified.substring(0, dot), qualified.substring(dot + 1));
    }
}
