/**
 * Where the token for fetching the catalog comes from: settings.xml, the environment, or a
 * signing key. A {@link dev.actionkit.maven.credentials.TokenSource} names its source and never
 * shows its value.
 */
package dev.actionkit.maven.credentials;
