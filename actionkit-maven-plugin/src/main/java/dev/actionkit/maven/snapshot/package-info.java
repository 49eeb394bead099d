/** The committed catalog snapshot: read it, and rewrite it only when it changed. */
package dev.actionkit.maven.snapshot;
