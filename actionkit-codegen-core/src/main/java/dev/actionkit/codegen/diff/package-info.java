/**
 * Compares two ActionKit catalogs and says what changed and which changes break generated code.
 * Knows nothing about Maven: the plugin logs
 * {@link dev.actionkit.codegen.diff.CatalogDiff#reportLines()}.
 */
package dev.actionkit.codegen.diff;
