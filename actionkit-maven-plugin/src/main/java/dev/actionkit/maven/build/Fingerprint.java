package dev.actionkit.maven.build;

import dev.actionkit.codegen.GenerationRequest;
import dev.actionkit.maven.snapshot.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The up-to-date fingerprint: SHA-256 over the plugin version, the inputs the core names as
 * deciding its output ({@link GenerationRequest#outputInputs}), and the SHA-256 of the catalog's
 * bytes. Equal fingerprints mean equal generated sources.
 */
final class Fingerprint {

    private Fingerprint() {}

    /** The fingerprint for a catalog known by the SHA-256 (hex) of its bytes. */
    static String of(BuildRequest request, String catalogDigest) {
        List<String> lines = new ArrayList<>();
        lines.add("actionkit-maven-plugin " + request.pluginVersion());
        lines.addAll(GenerationRequest.outputInputs(request.packageName(), request.selection(),
                request.optionalParameters()));
        lines.add("catalog sha-256 " + catalogDigest);
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
