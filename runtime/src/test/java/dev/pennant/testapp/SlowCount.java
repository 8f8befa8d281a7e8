package dev.pennant.testapp;

import dev.pennant.Progress;

/** A slow method that reports its progress, like a Gradio demo taking {@code gr.Progress()}. */
public class SlowCount {
    public static String slowCount(int steps, Progress progress) throws InterruptedException {
        for (int i = 1; i <= steps; i++) {
            Thread.sleep(50);
            progress.update((double) i / steps, "Counting");
        }
        return "Counted to " + steps;
    }
}
