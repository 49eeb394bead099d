package dev.actionkit.maven.build;

import dev.actionkit.maven.snapshot.SnapshotDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * The up-to-date fingerprint: SHA-256 over the plugin version, every parameter that changes
 * the generated code, and the SHA-256 of the catalog's bytes. Equal fingerprints mean equal
 * generated sources.
 */
final class Fingerprint {

    private Fingerprint() {}

    static String of(GenerateRequest request, byte[] catalog) {
        return of(request, SnapshotDigest.of(catalog));
    }

    /** The fingerprint for a catalog known by the SHA-256 (hex) of its bytes. */
    static String of(GenerateRequest request, String catalogDigest) {
        MessageDigest sha = sha256();
        update(sha, "actionkit-maven-plugin " + request.pluginVersion());
        update(sha, "packageName " + request.packageName());
        update(sha, "integrations " + new TreeSet<>(request.integrations()));
        update(sha, "includes " + request.includes());
        update(sha, "excludes " + request.excludes());
        update(sha, "optionalParameters " + new TreeSet<>(request.optionalParameters()));
        update(sha, "catalog sha-256 " + catalogDigest);
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
