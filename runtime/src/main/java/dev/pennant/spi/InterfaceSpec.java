package dev.pennant.spi;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the processor learned about one {@code @Interface} method, as generated code states it.
 *
 * @param declaringClass the class that declares the method (instance methods are bound to an instance of it)
 * @param methodName the Java method name
 * @param isStatic whether the method is static
 * @param apiName the endpoint name without a leading slash
 * @param title the page title (the method name when the annotation leaves it empty)
 * @param description text under the title
 * @param article text under the interface
 * @param flaggingMode the mode written or defaulted in the annotation
 * @param flaggingModeExplicit whether the annotation wrote {@code flaggingMode}; if not, {@code GRADIO_FLAGGING_MODE} may override it
 * @param flaggingDir the flagging directory as written
 * @param flaggingOptions the options, one button each; empty for a single "Flag" button
 * @param examplesDir a directory with a {@code logs.csv} whose rows are examples, as written; empty for none
 * @param examples inline example rows, one text value per input, checked at compile time
 * @param concurrencyLimit how many calls may run at once (at least 1)
 * @param inputs the input components in parameter order
 * @param outputs the output components
 */
public record InterfaceSpec(
        Class<?> declaringClass,
        String methodName,
        boolean isStatic,
        String apiName,
        String title,
        String description,
        String article,
        FlaggingMode flaggingMode,
        boolean flaggingModeExplicit,
        String flaggingDir,
        List<FlagChoice> flaggingOptions,
        String examplesDir,
        List<List<String>> examples,
        int concurrencyLimit,
        List<Component> inputs,
        List<Component> outputs) {

    public InterfaceSpec {
        Objects.requireNonNull(declaringClass, "declaringClass");
        Objects.requireNonNull(methodName, "methodName");
        Objects.requireNonNull(apiName, "apiName");
        Objects.requireNonNull(flaggingMode, "flaggingMode");
        Objects.requireNonNull(flaggingDir, "flaggingDir");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        article = article == null ? "" : article;
        flaggingOptions = List.copyOf(flaggingOptions);
        examplesDir = examplesDir == null ? "" : examplesDir;
        examples = examples.stream().map(List::copyOf).toList();
        if (concurrencyLimit < 1) {
            throw new IllegalArgumentException("concurrencyLimit must be at least 1, was " + concurrencyLimit);
        }
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** Inputs then outputs: the order of the CSV columns and of a flag's data. */
    public List<Component> components() {
        List<Component> all = new ArrayList<>(inputs);
        all.addAll(outputs);
        return List.copyOf(all);
    }

    public static Builder builder(Class<?> declaringClass, String methodName) {
        return new Builder(declaringClass, methodName);
    }

    /** Keeps generated code readable: one call per annotation member that matters. */
    public static final class Builder {
        private final Class<?> declaringClass;
        private final String methodName;
        private boolean isStatic = true;
        private String apiName = "predict";
        private String title = "";
        private String description = "";
        private String article = "";
        private FlaggingMode flaggingMode = FlaggingMode.MANUAL;
        private boolean flaggingModeExplicit;
        private String flaggingDir = "flagged";
        private final List<FlagChoice> flaggingOptions = new ArrayList<>();
        private String examplesDir = "";
        private final List<List<String>> examples = new ArrayList<>();
        private int concurrencyLimit = 1;
        private final List<Component> inputs = new ArrayList<>();
        private final List<Component> outputs = new ArrayList<>();

        private Builder(Class<?> declaringClass, String methodName) {
            this.declaringClass = declaringClass;
            this.methodName = methodName;
        }

        public Builder instanceMethod() {
            this.isStatic = false;
            return this;
        }

        public Builder apiName(String apiName) {
            this.apiName = apiName;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder article(String article) {
            this.article = article;
            return this;
        }

        /** @param explicit whether the annotation wrote the member (so the environment may not override it) */
        public Builder flaggingMode(FlaggingMode mode, boolean explicit) {
            this.flaggingMode = mode;
            this.flaggingModeExplicit = explicit;
            return this;
        }

        public Builder flaggingDir(String flaggingDir) {
            this.flaggingDir = flaggingDir;
            return this;
        }

        /** Plain options: buttons "Flag as {value}". */
        public Builder flaggingOptions(String... values) {
            for (String value : values) {
                flaggingOptions.add(FlagChoice.of(value));
            }
            return this;
        }

        /** An option whose button label differs from the stored value. */
        public Builder flaggingOption(String label, String value) {
            flaggingOptions.add(new FlagChoice(label, value));
            return this;
        }

        public Builder examplesDir(String examplesDir) {
            this.examplesDir = examplesDir;
            return this;
        }

        /** One inline example row: a text value per input. */
        public Builder example(String... values) {
            examples.add(List.of(values));
            return this;
        }

        public Builder concurrencyLimit(int concurrencyLimit) {
            this.concurrencyLimit = concurrencyLimit;
            return this;
        }

        public Builder input(Component component) {
            inputs.add(component);
            return this;
        }

        public Builder output(Component component) {
            outputs.add(component);
            return this;
        }

        public InterfaceSpec build() {
            return new InterfaceSpec(declaringClass, methodName, isStatic, apiName, title, description, article,
                    flaggingMode, flaggingModeExplicit, flaggingDir, flaggingOptions, examplesDir, examples, concurrencyLimit, inputs, outputs);
        }
    }
}
