package dev.actionkit.codegen.write;

import java.util.Objects;

/**
 * What the manifest records of a generation besides its files: the fingerprint it was made
 * with, and what it generated, so that an up-to-date build can report it without reading the
 * catalog.
 *
 * @param fingerprint the request's opaque fingerprint
 * @param integrations the number of integrations generated
 * @param actions the number of actions generated
 */
public record GenerationStamp(String fingerprint, int integrations, int actions) {

    public GenerationStamp {
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        if (integrations < 0 || actions < 0) {
            throw new IllegalArgumentException("negative counts: " + integrations + ", " + actions);
        }
    }
}
