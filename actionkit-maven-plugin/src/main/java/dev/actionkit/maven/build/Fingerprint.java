package dev.actionkit.maven.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * The up-to-date fingerprint: SHA-256 over the plugin version, every parameter that changes
 * the generated code, and the snapshot bytes. Equal fingerprints mean equal generated sources.
 */
final class Fingerprint {

    private Fingerprint() {}

    static String of(GenerateRequest request, byte[] snapshot) {
        MessageDigest sha = sha256();
        update(sha, "actionkit-maven-plugin " + request.pluginVersion());
        update(sha, "packageName " + request.packageName());
        update(sha, "integrations " + new TreeSet<>(request.integrations()));
        update(sha, "includes " + request.includes());
        update(sha, "excludes " + request.excludes());
        update(sha, "optionalParameters " + new TreeSet<>(request.optionalParameters()));
        update(sha, "catalog " + snapshot.length);
        sha.update(snapshot);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String line) {
        sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
