package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Checkbox;
import dev.pennant.components.Dropdown;
import dev.pennant.components.Number;
import dev.pennant.components.Radio;
import dev.pennant.components.Slider;
import dev.pennant.components.Textbox;

/**
 * The sample app's postcard: every input declares a {@code defaultValue} ({@code "postcard"}), and the
 * same inputs without one ({@code "blank_postcard"}).
 */
public class Postcard {
    @Interface(flaggingMode = FlaggingMode.NEVER, apiName = "postcard", title = "Postcard")
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

    @Interface(flaggingMode = FlaggingMode.NEVER, apiName = "blank_postcard", title = "Blank postcard")
    public static String blankPostcard(
            @Textbox(label = "To") String to,
            @Radio(value = {"Greetings", "Wish you were here", "Ahoy"}, label = "Opening") String opening,
            @Dropdown(value = {"beach", "mountains", "city"}, label = "Place") String place,
            @Number(label = "Days away") int days,
            @Slider(minimum = 2, maximum = 10, label = "Sunshine") int sunshine,
            @Checkbox(label = "Send love") boolean love) {
        return postcard(to, opening, place, days, sunshine, love);
    }
}
