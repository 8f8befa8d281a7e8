package dev.pennant.testapp;

import dev.pennant.Pennant;

/**
 * Serves the test interfaces for manual checks (a browser, @gradio/client):
 * {@code java -cp <test classpath> dev.pennant.testapp.DemoMain <flagDir>}; GRADIO_SERVER_PORT applies.
 */
public final class DemoMain {
    private DemoMain() {}

    public static void main(String[] args) {
        FlagDirs.use(java.nio.file.Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/pennant-demo"));
        Pennant.builder().serve(Calculator.class).serve(new Classifier(0.7)).serve(Echo.class).start().block();
    }
}
