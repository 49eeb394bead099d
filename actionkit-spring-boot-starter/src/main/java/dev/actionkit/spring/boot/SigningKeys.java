package dev.actionkit.spring.boot;

import dev.actionkit.runtime.UserTokenMinter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.util.StringUtils;

/** Reads the signing key of {@code actionkit.signing-key} or {@code -location} into a minter. */
final class SigningKeys {

    static final String KEY = "actionkit.signing-key";
    static final String LOCATION = "actionkit.signing-key-location";

    private static final String HOW = "Set " + KEY + " to the PEM text of your Paragon project's "
            + "signing key (e.g. from an environment variable), or " + LOCATION
            + " to where the PEM file is (file:/path/key.pem or classpath:key.pem), not both.";

    private SigningKeys() {}

    /** Returns true when one of the two properties is set. */
    static boolean isSet(ActionKitProperties properties) {
        return StringUtils.hasText(properties.getSigningKey())
                || properties.getSigningKeyLocation() != null;
    }

    /**
     * Returns a minter for the configured key.
     *
     * @throws ActionKitConfigurationException if both or neither are set, the location cannot be
     *     read, or the text is not an RSA private key; the message never quotes the key
     */
    static UserTokenMinter minter(ActionKitProperties properties) {
        boolean inline = StringUtils.hasText(properties.getSigningKey());
        Resource location = properties.getSigningKeyLocation();
        if (inline && location != null) {
            throw new ActionKitConfigurationException(KEY, "both " + KEY + " and " + LOCATION
                    + " are set", HOW);
        }
        if (!inline && location == null) {
            throw new ActionKitConfigurationException(KEY, "no signing key is set", HOW);
        }
        String property = inline ? KEY : LOCATION;
        String pem = inline ? properties.getSigningKey() : read(location);
        try {
            return UserTokenMinter.fromPem(pem);
        } catch (IllegalArgumentException e) {
            // The runtime's message never quotes the key; it says what kind of text it was.
            throw new ActionKitConfigurationException(property,
                    "the signing key cannot be used: " + e.getMessage(), HOW);
        }
    }

    private static String read(Resource location) {
        try (InputStream in = location.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ActionKitConfigurationException(LOCATION, location.getDescription()
                    + " cannot be read (" + e.getClass().getSimpleName() + ")", HOW);
        }
    }
}
