package dev.actionkit.maven.credentials;

import dev.actionkit.maven.problem.BuildFailure;
import java.util.Optional;

/** Looks up the (decrypted) password of a {@code <server>} in Maven's settings.xml. */
@FunctionalInterface
public interface ServerPasswords {

    /** No settings: every lookup is empty. */
    ServerPasswords NONE = serverId -> Optional.empty();

    /**
     * Returns the plain password of the server with this id; empty when there is no such server
     * or it has no password.
     *
     * @throws BuildFailure if the password is encrypted and cannot be decrypted
     */
    Optional<String> password(String serverId) throws BuildFailure;
}
