package dev.actionkit.maven.credentials;

import dev.actionkit.maven.problem.BuildFailure;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Reads server passwords from Maven's settings, decrypting {@code {...}} passwords through
 * Maven's own {@link SettingsDecrypter} (and so its {@code settings-security.xml}).
 */
public final class SettingsServerPasswords implements ServerPasswords {

    private final Settings settings;
    private final SettingsDecrypter decrypter;

    /** Reads from {@code settings}, decrypting with {@code decrypter}. */
    public SettingsServerPasswords(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    @Override
    public Optional<String> password(String serverId) throws BuildFailure {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null || server.getPassword() == null || server.getPassword().isBlank()) {
            return Optional.empty();
        }
        SettingsDecryptionResult result =
                decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        String errors = result.getProblems().stream()
                .filter(problem -> problem.getSeverity() != SettingsProblem.Severity.WARNING)
                .map(SettingsProblem::getMessage)
                .collect(Collectors.joining("; "));
        if (!errors.isEmpty()) {
            throw new BuildFailure("The password of settings.xml server '" + serverId
                    + "' could not be decrypted: " + errors + ". Check settings-security.xml"
                    + " (the master password) or store the password unencrypted.");
        }
        String password = result.getServer().getPassword();
        return password == null || password.isBlank() ? Optional.empty() : Optional.of(password);
    }

    @Override
    public String toString() {
        return "SettingsServerPasswords";
    }
}
