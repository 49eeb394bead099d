/**
 * One run of the {@code generate} goal as a recipe, free of Maven: the immutable request, the
 * orchestrator, the up-to-date fingerprint and the outcome.
 */
package dev.actionkit.maven.build;
