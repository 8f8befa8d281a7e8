package dev.pennant.testapp;

import dev.pennant.Example;
import dev.pennant.Interface;
import dev.pennant.Progress;
import dev.pennant.components.Number;

/** A slow method that reports its progress, like a Gradio demo taking {@code gr.Progress()}. */
public class SlowCount {
    @Example("4")
    @Interface(apiName = "slow_count")
    public static String slowCount(@Number(defaultValue = 10) int steps, Progress progress) throws InterruptedException {
        for (int i = 1; i <= steps; i++) {
            Thread.sleep(50);
            progress.update((double) i / steps, "Counting");
        }
        return "Counted to " + steps;
    }
}
