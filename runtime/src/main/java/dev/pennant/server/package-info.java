/**
 * The server behind {@code Pennant}: {@link dev.pennant.server.ServerLauncher} is its one entry
 * point; it resolves the settings, finds the generated interfaces, prepares them and wires every
 * room's routes into one Javalin app. Internal: not for users, who call {@code Pennant}.
 *
 * <p>Rooms, each depending only on those listed after it: {@code docs} (/config, API info),
 * {@code queue} (everything that runs a prediction), {@code flag} (the flag route and dispatch),
 * {@code predict} (one prediction, served interfaces, events), {@code examples}, {@code auth}
 * (login), {@code files} (uploads and outputs), {@code http} (what every route shares), {@code util}.
 */
package dev.pennant.server;
