package dev.pennant.processor.model;

/**
 * Everything the writer needs for one {@code @Interface} method, already validated.
 *
 * @param generated the class to generate
 * @param method the annotated method and how to call it
 * @param endpoint the API endpoint's name and concurrency
 * @param page the texts the page shows around the components
 * @param flagging the flagging mode, directory, options and callback
 * @param examples the examples directory or the inline {@code @Example} rows
 * @param components the input and output components and the call's parameters
 */
public record InterfaceModel(GeneratedClass generated, MethodRef method, Endpoint endpoint, PageTexts page,
                             FlaggingConfig flagging, Examples examples, Components components) {
}
