package dev.pennant.flagging;

/**
 * The folder a file component's flagged files go to: its label made safe for every file system
 * (Gradio strips the same characters), so a label can never point outside the flagging directory.
 */
final class FolderNames {
    private static final int MAX_LENGTH = 100;

    private FolderNames() {}

    /**
     * The label without path separators, control characters, {@code <>:"|?*}, leading or trailing dots
     * and spaces; {@code component_<index>} when nothing is left (e.g. a label of {@code ..}).
     */
    static String safe(String label, int index) {
        String name = label.replaceAll("[\\p{Cntrl}/\\\\<>:\"|?*]", "")
                .replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).replaceAll("[.\\s]+$", "");
        }
        return name.isEmpty() ? "component_" + index : name;
    }
}
