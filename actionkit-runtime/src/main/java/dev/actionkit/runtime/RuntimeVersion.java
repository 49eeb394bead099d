package dev.actionkit.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The runtime's own version, from a resource Maven fills in at build time. */
final class RuntimeVersion {

    static final String VERSION = read();

    private RuntimeVersion() {}

    private static String read() {
        try (InputStream in = RuntimeVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
