package dev.pennant.processor.diagnostic;

/** Text quoted from the user's source into a message. */
public final class MessageText {
    private MessageText() {
    }

    /** The text with control characters written as escapes, so a message never carries them raw. */
    public static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
