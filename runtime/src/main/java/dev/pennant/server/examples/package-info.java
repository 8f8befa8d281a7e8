/**
 * An interface's examples, read once at launch from inline {@code @Example} rows and an examples
 * directory's {@code logs.csv}, with their image and file cells copied into the server's files.
 * Internal: not for users.
 */
package dev.pennant.server.examples;
