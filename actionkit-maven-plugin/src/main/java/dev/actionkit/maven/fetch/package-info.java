/**
 * Where the catalog comes from: the auto/always/never decision (Maven's offline mode
 * included), the fetch through the runtime client, and the fallback to the snapshot.
 */
package dev.actionkit.maven.fetch;
