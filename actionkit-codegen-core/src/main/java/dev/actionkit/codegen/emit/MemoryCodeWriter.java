package dev.actionkit.codegen.emit;

import com.sun.codemodel.CodeWriter;
import com.sun.codemodel.JPackage;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects codemodel output in memory as text, tidied ({@link JavaText}), with LF line endings
 * and our header.
 *
 * <p>It hands codemodel a plain {@link StringWriter}, bypassing codemodel's per-character
 * Unicode-escaping writer (the hottest spot of generation). That is safe because literals are
 * escaped by codemodel itself or by {@link JavaString}, and descriptions by {@code JavadocText},
 * before they get here.
 */
final class MemoryCodeWriter extends CodeWriter {

    private static final String HEADER_LINE = "// " + SourceFile.HEADER + "\n";

    private final Map<String, StringWriter> files = new LinkedHashMap<>();

    @Override
    public Writer openSource(JPackage pkg, String fileName) {
        StringWriter out = new StringWriter(8192);
        String dir = pkg.isUnnamed() ? "" : pkg.name().replace('.', '/') + "/";
        files.put(dir + fileName, out);
        return out;
    }

    @Override
    public OutputStream openBinary(JPackage pkg, String fileName) {
        throw new UnsupportedOperationException("binary resources are never generated");
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    /** Returns the files written, in the order codemodel wrote them. */
    List<SourceFile> files() {
        List<SourceFile> result = new ArrayList<>(files.size());
        files.forEach((path, text) -> {
            String raw = text.toString();
            StringBuilder tidy = new StringBuilder(HEADER_LINE.length() + raw.length());
            JavaText.tidy(raw, tidy.append(HEADER_LINE));
            result.add(SourceFile.java(
                    path.substring(0, path.length() - ".java".length()).replace('/', '.'),
                    tidy.toString()));
        });
        return result;
    }
}
