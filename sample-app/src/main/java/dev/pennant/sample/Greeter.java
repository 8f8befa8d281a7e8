package dev.pennant.sample;

import dev.pennant.Interface;

/** A custom flagging callback: flags are printed by {@link SimpleFlaggingCallback}, not written to a CSV. */
public final class Greeter {

    private Greeter() {}

    @Interface(flaggingCallback = SimpleFlaggingCallback.class, apiName = "greet", title = "Greeter",
            description = "Flags are printed on the server's console by a custom callback.")
    public static String greet(String name) {
        return "Hello, " + name + "!";
    }
}
