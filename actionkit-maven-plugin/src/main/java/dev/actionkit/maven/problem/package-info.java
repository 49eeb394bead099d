/** The expected problems that fail a build, as opposed to bugs and I/O errors. */
package dev.actionkit.maven.problem;
