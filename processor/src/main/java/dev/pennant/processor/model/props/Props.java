package dev.pennant.processor.model.props;

import java.util.List;

/** A component kind's props: the annotation members that reach the page, typed per kind. */
public sealed interface Props permits NoProps, TextboxProps, NumberProps, CheckboxProps, SliderProps, ChoiceProps {

    /** No props: the kind has none, or every one is at its default. */
    Props NONE = new NoProps();

    /** The props that differ from their defaults, under Gradio's names, in the order generated code lists them. */
    List<Prop> gradioProps();

    /** One prop under its Gradio name. */
    record Prop(String name, PropValue value) {
    }
}
