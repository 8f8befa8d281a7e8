package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Checkbox;
import dev.pennant.components.Dropdown;
import dev.pennant.components.Number;
import dev.pennant.components.Radio;
import dev.pennant.components.Slider;
import dev.pennant.components.Textbox;

/** Every input declares a {@code defaultValue}: the page opens with them, and Clear brings them back. */
public final class Postcard {

    private Postcard() {}

    @Interface(flaggingMode = FlaggingMode.NEVER, apiName = "postcard", title = "Postcard",
            description = "Every field opens with its default value; change some, and Clear brings the defaults back.")
    public static String postcard(
            @Textbox(label = "To", defaultValue = "Grandma") String to,
            @Radio(value = {"Greetings", "Wish you were here", "Ahoy"}, label = "Opening", defaultValue = "Ahoy") String opening,
            @Dropdown(value = {"beach", "mountains", "city"}, label = "Place", defaultValue = "mountains") String place,
            @Number(label = "Days away", defaultValue = 12) int days,
            @Slider(minimum = 0, maximum = 10, label = "Sunshine", defaultValue = 7) int sunshine,
            @Checkbox(label = "Send love", defaultValue = true) boolean love) {
        return opening + ", " + to + "! " + days + " days in the " + place + ", sunshine " + sunshine + "/10."
                + (love ? " With love." : "");
    }
}
