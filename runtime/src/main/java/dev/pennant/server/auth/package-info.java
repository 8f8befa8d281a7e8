/**
 * The login wall, present only when the app was launched with users: the login routes, who may log
 * in (hashed credentials and check functions), the logged-in sessions and the limit on failed
 * attempts. Internal: not for users.
 */
package dev.pennant.server.auth;
