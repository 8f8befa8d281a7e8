package dev.pennant.processor.model;

/**
 * The texts around the components.
 *
 * @param title the title (the method's name when none is written)
 * @param description the description, as written
 * @param article the article, as written
 */
public record PageTexts(String title, String description, String article) {
}
