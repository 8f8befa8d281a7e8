package dev.pennant.sample;

import dev.pennant.Example;
import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Dropdown;
import dev.pennant.components.Json;
import dev.pennant.components.Radio;
import dev.pennant.components.Textbox;

/**
 * A demo whose every shown text is markup or a spreadsheet formula, as if a careless or hostile
 * author (or user) wrote it: the page must show it as text and the CSV must not run it.
 */
public final class Hostile {

    /** Sets {@code window.pwned} if markup ever runs; the page test checks it stays undefined. */
    static final String IMG = "<img src=x onerror=\"window.pwned='img'\">";
    static final String SCRIPT = "<script>window.pwned='script'</script>";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private Hostile() {}

    /** What the method saw, shown as JSON. */
    public record Echo(String text, String choice, String pick, int times) {}

    @Interface(
            flaggingMode = FlaggingMode.MANUAL,
            flaggingOptions = {IMG, FORMULA},
            flaggingDir = "flagged-hostile",
            apiName = "hostile",
            title = "Title " + IMG,
            description = "Description " + SCRIPT,
            article = "Article " + IMG + SCRIPT)
    @Example({IMG, "<b>bold</b>", SCRIPT, "1"})
    @Json(label = "Echo " + IMG)
    public static Echo hostile(@Textbox(label = "Text " + IMG) String text,
                               @Radio(value = {"<b>bold</b>", "=1+1"}, label = "Choice " + SCRIPT) String choice,
                               @Dropdown(value = {SCRIPT, "@SUM(1)"}, label = "Pick " + IMG) String pick,
                               int times) {
        if (text.equals("crash")) {
            // A bug, not a message for the user: the client must see neither the type nor the detail.
            throw new NullPointerException("internal detail 5ec7e7");
        }
        return new Echo(text, choice, pick, times);
    }
}
