/**
 * One prediction and what it leaves behind: the served interfaces, decoding a request into typed
 * arguments, calling the generated code, encoding the outputs, and the store of events a flag may
 * name. Internal: not for users.
 */
package dev.pennant.server.predict;
