package ${package};

import dev.pennant.Interface;
import dev.pennant.Pennant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says a sentence the way a pirate would. */
public class PirateTalk {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Map<String, String> PIRATE_WORDS = Map.of(
            "hello", "ahoy",
            "hi", "ahoy",
            "my", "me",
            "friend", "matey",
            "friends", "hearties",
            "yes", "aye",
            "you", "ye",
            "is", "be",
            "are", "be",
            "money", "doubloons");

    @Interface(title = "Pirate talk", description = "Type a sentence and a pirate says it back. Flag the ones you like.")
    public static String pirate(String sentence, boolean shout) {
        Matcher words = WORD.matcher(sentence);
        StringBuilder said = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            String pirateWord = PIRATE_WORDS.getOrDefault(word.toLowerCase(Locale.ROOT), word);
            if (Character.isUpperCase(word.charAt(0))) {
                pirateWord = Character.toUpperCase(pirateWord.charAt(0)) + pirateWord.substring(1);
            }
            words.appendReplacement(said, Matcher.quoteReplacement(pirateWord));
        }
        words.appendTail(said);
        String answer = said + ", arr!";
        return shout ? answer.toUpperCase(Locale.ROOT) : answer;
    }

    public static void main(String[] args) {
        Pennant.launch(PirateTalk.class);   // http://127.0.0.1:7860
    }
}
