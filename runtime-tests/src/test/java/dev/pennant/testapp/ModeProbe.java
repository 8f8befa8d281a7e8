package dev.pennant.testapp;

import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Launches the faulty app (mode unwritten) and the calculator (mode written as manual) with the
 * process's real environment, in the working directory it is started in, prints /config's interfaces,
 * and stops; a launch failure prints its message on stderr and exits with 2.
 */
public final class ModeProbe {
    private ModeProbe() {}

    public static void main(String[] args) throws Exception {
        PennantServer server;
        try {
            server = Pennant.builder().serve(Faulty.class).serve(Calculator.class).port(0).start();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try (server) {
            HttpResponse<String> config = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.uri() + "config")).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println(config.body());
        }
    }
}
