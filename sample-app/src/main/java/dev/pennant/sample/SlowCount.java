package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.Progress;

/**
 * A slow demo that reports its progress, like a Gradio function taking {@code gr.Progress()}: the
 * page shows a progress bar and API clients receive {@code progress} messages.
 */
public final class SlowCount {

    private SlowCount() {}

    @Interface(flaggingMode = FlaggingMode.NEVER, title = "Slow count", apiName = "slow_count",
            description = "Counts to the number you give, 50 ms a step, reporting progress on the way.")
    public static String slowCount(int steps, Progress progress) throws InterruptedException {
        for (int i = 1; i <= steps; i++) {
            Thread.sleep(50);
            progress.update((double) i / steps, "Counting");
        }
        return "Counted to " + steps;
    }
}
