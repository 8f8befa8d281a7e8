/**
 * Small helpers with no knowledge of Pennant, written once for every room of the server: a bounded
 * map, daemon thread factories, SHA-256 digests. Internal: not for users.
 */
package dev.pennant.server.util;
