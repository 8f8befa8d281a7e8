/**
 * Running predictions for clients: each interface's bounded queue and its worker threads, the
 * {@code /run} route, Gradio's queue protocol ({@code sse_v3}: join, the per-session event stream,
 * heartbeats) and the two-step {@code /call} API, with the buffers and caps that keep streams bounded.
 * Internal: not for users.
 */
package dev.pennant.server.queue;
