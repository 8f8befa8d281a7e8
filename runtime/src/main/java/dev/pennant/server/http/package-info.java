/**
 * What every route shares: JSON bodies and {@code {"error"}} answers, security headers, the
 * cross-site guard, the request's public root URL, percent-encoding, and the page's static assets.
 * Internal: not for users.
 */
package dev.pennant.server.http;
