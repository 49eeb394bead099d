package dev.actionkit.maven.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.actionkit.maven.problem.BuildFailure;
import java.util.List;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettingsServerPasswordsTest {

    @Test
    @DisplayName("the server's password comes back through Maven's decrypter")
    void decrypts() throws Exception {
        // given
        Settings settings = settings("actionkit", "{encrypted}");
        SettingsDecrypter decrypter = request -> result(server("actionkit", "plain-token"),
                List.of());

        // when / then
        assertThat(new SettingsServerPasswords(settings, decrypter).password("actionkit"))
                .hasValue("plain-token");
    }

    @Test
    @DisplayName("no server with the id, or one without a password, gives nothing")
    void absent() throws Exception {
        // given
        Settings settings = settings("actionkit", null);
        SettingsDecrypter decrypter = request -> {
            throw new AssertionError("nothing to decrypt");
        };
        SettingsServerPasswords passwords = new SettingsServerPasswords(settings, decrypter);

        // when / then
        assertThat(passwords.password("other")).isEmpty();
        assertThat(passwords.password("actionkit")).isEmpty();
    }

    @Test
    @DisplayName("a password that cannot be decrypted fails and points at settings-security.xml")
    void undecryptable() {
        // given
        Settings settings = settings("actionkit", "{encrypted}");
        SettingsProblem problem = new DefaultSettingsProblem("Failed to decrypt password for"
                + " server actionkit: master password missing", SettingsProblem.Severity.ERROR,
                "server: actionkit", -1, -1, null);
        SettingsDecrypter decrypter = request -> result(server("actionkit", "{encrypted}"),
                List.of(problem));

        // when
        BuildFailure e = assertThrows(BuildFailure.class,
                () -> new SettingsServerPasswords(settings, decrypter).password("actionkit"));

        // then
        assertThat(e).hasMessage("The password of settings.xml server 'actionkit' could not be"
                + " decrypted: Failed to decrypt password for server actionkit: master password"
                + " missing. Check settings-security.xml (the master password) or store the"
                + " password unencrypted.");
    }

    private static Settings settings(String id, String password) {
        Settings settings = new Settings();
        settings.addServer(server(id, password));
        return settings;
    }

    private static Server server(String id, String password) {
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        return server;
    }

    private static SettingsDecryptionResult result(Server server, List<SettingsProblem> problems) {
        return new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
                return server;
            }

            @Override
            public List<Server> getServers() {
                return List.of(server);
            }

            @Override
            public Proxy getProxy() {
                return null;
            }

            @Override
            public List<Proxy> getProxies() {
                return List.of();
            }

            @Override
            public List<SettingsProblem> getProblems() {
                return problems;
            }
        };
    }
}
