/**
 * Flagging over HTTP: the flag route, which names a prediction by its event id, and the per-server
 * dispatch that hands events to the interface's flagging callback with a timeout (also for auto mode).
 * Internal: not for users.
 */
package dev.pennant.server.flag;
