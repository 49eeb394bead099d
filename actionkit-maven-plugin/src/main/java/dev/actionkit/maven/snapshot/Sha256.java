package dev.actionkit.maven.snapshot;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The plugin's one SHA-256: of the snapshot's bytes and of the up-to-date fingerprint. */
public final class Sha256 {

    private Sha256() {}

    /** Returns the SHA-256 of {@code bytes} as 64 lower-case hex digits. */
    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
