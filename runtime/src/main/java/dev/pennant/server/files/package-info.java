/**
 * The files a server receives and produces: the store (a private temporary directory, bounded and
 * expiring), its limits, where it lives, and the upload and download routes. Internal: not for users.
 */
package dev.pennant.server.files;
