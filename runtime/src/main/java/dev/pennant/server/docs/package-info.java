/**
 * The documents that describe the app to clients: Gradio's {@code /config} and
 * {@code /gradio_api/info}, and the "Use via API" page. Internal: not for users.
 */
package dev.pennant.server.docs;
