package dev.pennant.sample;

import dev.pennant.FlagOption;
import dev.pennant.Interface;
import dev.pennant.components.Textbox;

/** The guide's custom flag labels and values: the button shows the label, the CSV stores the value. */
public final class Summarizer {

    private Summarizer() {}

    @Interface(
            flaggingOptionPairs = {
                @FlagOption(label = "Mark as incorrect", value = "incorrect"),
                @FlagOption(label = "Mark as offensive", value = "offensive"),
                @FlagOption(label = "Mark as problematic", value = "problematic")
            },
            flaggingDir = "flagged_summaries",
            apiName = "summarize",
            title = "Summarizer",
            description = "Keeps the first sentence.")
    public static String summarize(@Textbox(lines = 4) String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf(". ");
        return end < 0 ? trimmed : trimmed.substring(0, end + 1);
    }
}
