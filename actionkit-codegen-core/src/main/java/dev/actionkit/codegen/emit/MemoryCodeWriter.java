package dev.actionkit.codegen.emit;

import com.sun.codemodel.CodeWriter;
import com.sun.codemodel.JPackage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects codemodel output in memory, as UTF-8 with LF line endings and our header. */
final class MemoryCodeWriter extends CodeWriter {

    private final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();

    MemoryCodeWriter() {
        this.encoding = "UTF-8";
    }

    @Override
    public OutputStream openBinary(JPackage pkg, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        String dir = pkg.isUnnamed() ? "" : pkg.name().replace('.', '/') + "/";
        files.put(dir + fileName, out);
        return out;
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    /** Returns the files written, in the order codemodel wrote them. */
    List<SourceFile> files() {
        List<SourceFile> result = new ArrayList<>(files.size());
        files.forEach((path, bytes) -> {
            String text = "// " + SourceFile.HEADER + "\n"
                    + bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
            result.add(new SourceFile(path, text.getBytes(StandardCharsets.UTF_8)));
        });
        return result;
    }
}
