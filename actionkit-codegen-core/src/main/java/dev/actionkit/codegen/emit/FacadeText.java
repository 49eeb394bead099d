package dev.actionkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The text of one generated class, written line by line in the layout JavaPoet gives it (four
 * spaces of indent, parameter lists wrapped at 100 columns with eight more, one blank line
 * between members), without JavaPoet's per-piece formatting, which cost a third of generation.
 */
final class FacadeText {

    private static final int COLUMNS = 100;
    private static final String WRAP = "\n            ";

    private final StringBuilder text = new StringBuilder(16_384);
    private final TypeText types;

    /** Starts the file of {@code self}, which refers to {@code types}. */
    FacadeText(ClassName self, List<TypeName> types) {
        this.types = new TypeText(self, types);
        text.append("// ").append(SourceFile.HEADER).append('\n')
                .append("package ").append(self.packageName()).append(";\n\n")
                .append(this.types.importLines()).append('\n');
    }

    /** Returns how {@code type} is written in this file. */
    String name(TypeName type) {
        return types.name(type);
    }

    /** Adds {@code line} and a line break. */
    void line(String line) {
        text.append(line).append('\n');
    }

    /**
     * Adds a member's Javadoc after a blank line: one line for a one-line {@code content}, else a
     * block with one {@code *} line per non-blank line.
     */
    void javadoc(String content) {
        text.append('\n');
        if (content.indexOf('\n') < 0) {
            text.append("    /** ").append(content).append(" */\n");
            return;
        }
        text.append("    /**\n");
        for (String line : content.split("\n")) {
            if (!line.isBlank()) {
                text.append("     * ").append(line).append('\n');
            }
        }
        text.append("     */\n");
    }

    /**
     * Adds a method's first line (modifiers, return type, name, parameters, opening brace),
     * wrapped as JavaPoet wraps it: a parameter that would end past column 100 starts a new line.
     */
    void signature(String modifiers, String returns, String name, List<String> parameters) {
        int start = text.length();
        text.append("    ").append(modifiers).append(' ').append(returns).append(' ').append(name)
                .append('(');
        int column = text.length() - start;
        for (int i = 0; i < parameters.size(); i++) {
            String piece = parameters.get(i) + (i + 1 < parameters.size() ? "," : ") {");
            int space = i == 0 ? 0 : 1;
            if (column + space + piece.length() > COLUMNS) {
                text.append(WRAP);
                column = WRAP.length() - 1;
            } else if (space == 1) {
                text.append(' ');
                column++;
            }
            text.append(piece);
            column += piece.length();
        }
        text.append(parameters.isEmpty() ? ") {\n" : "\n");
    }

    /** Returns the finished text. */
    String finish() {
        return text.append("}\n").toString();
    }
}
