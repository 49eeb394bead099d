/** How the plugin reports its steps, independent of Maven's logging API. */
package dev.actionkit.maven.console;
