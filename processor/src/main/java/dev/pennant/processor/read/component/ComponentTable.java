package dev.pennant.processor.read.component;

import static dev.pennant.processor.model.ComponentKind.AUDIO;
import static dev.pennant.processor.model.ComponentKind.CHECKBOX;
import static dev.pennant.processor.model.ComponentKind.DROPDOWN;
import static dev.pennant.processor.model.ComponentKind.FILE;
import static dev.pennant.processor.model.ComponentKind.GALLERY;
import static dev.pennant.processor.model.ComponentKind.IMAGE;
import static dev.pennant.processor.model.ComponentKind.JSON;
import static dev.pennant.processor.model.ComponentKind.LABEL;
import static dev.pennant.processor.model.ComponentKind.NUMBER;
import static dev.pennant.processor.model.ComponentKind.RADIO;
import static dev.pennant.processor.model.ComponentKind.SLIDER;
import static dev.pennant.processor.model.ComponentKind.TEXTBOX;
import static dev.pennant.processor.model.ComponentKind.VIDEO;
import static dev.pennant.processor.read.component.TypeFamily.AUDIO_CLIPS;
import static dev.pennant.processor.read.component.TypeFamily.BOOLEANS;
import static dev.pennant.processor.read.component.TypeFamily.BUFFERED_IMAGES;
import static dev.pennant.processor.read.component.TypeFamily.BYTE_ARRAYS;
import static dev.pennant.processor.read.component.TypeFamily.ENUMS;
import static dev.pennant.processor.read.component.TypeFamily.IMAGE_LISTS;
import static dev.pennant.processor.read.component.TypeFamily.JSON_VALUES;
import static dev.pennant.processor.read.component.TypeFamily.LABEL_MAPS;
import static dev.pennant.processor.read.component.TypeFamily.NUMBERS;
import static dev.pennant.processor.read.component.TypeFamily.PATHS;
import static dev.pennant.processor.read.component.TypeFamily.PATH_LISTS;
import static dev.pennant.processor.read.component.TypeFamily.STRINGS;

import dev.pennant.processor.model.BuiltinValueType;
import dev.pennant.processor.model.CollectionValueType;
import dev.pennant.processor.model.ComponentKind;
import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.read.mirror.JavaTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * The one table of which Java types each component annotation takes, and which component a type
 * gets without one, for inputs and for outputs. The readers pick components from it, the checks
 * follow from it and the messages' lists of types are generated from it ({@link TypeLists}).
 * Adding a kind: its constant in {@code ComponentKind}, its rows here (with a {@link TypeFamily} for a
 * Java type no family names yet), and a props record with its {@link PropsReader}; the writer renders
 * any props record, and its value type if it needs a new one in {@code BuiltinValueType}.
 *
 * @param direction inputs or outputs
 * @param defaults what a type gets without an annotation, in the order "Use one of" lists them
 * @param rows the component annotations allowed in this direction
 * @param alsoShown what "Use one of" adds after the table's types
 */
public record ComponentTable(Direction direction, List<Fit> defaults, List<ComponentRow> rows, List<String> alsoShown) {

    /** Parameters or return values: the messages word their lists differently. */
    public enum Direction { INPUT, OUTPUT }

    /** Several files: a {@code List<Path>}. */
    private static final ValueType FILE_PATHS = new CollectionValueType(false, BuiltinValueType.FILE_PATH);

    public static final ComponentTable INPUTS = new ComponentTable(Direction.INPUT,
            List.of(
                    byDefault(NUMBERS, NUMBER),
                    byDefault(BOOLEANS, CHECKBOX),
                    byDefault(STRINGS, TEXTBOX),
                    byDefault(ENUMS, RADIO),
                    byDefault(BUFFERED_IMAGES, IMAGE, BuiltinValueType.IMAGE).namingTheKind(),
                    byDefault(PATHS, FILE, BuiltinValueType.FILE_PATH).namingTheKind(),
                    byDefault(AUDIO_CLIPS, AUDIO, BuiltinValueType.AUDIO_CLIP).namingTheKind(),
                    byDefault(PATH_LISTS, FILE, FILE_PATHS).namingTheKind()),
            List.of(
                    row(TEXTBOX, TextboxReader::input).takes(STRINGS),
                    row(NUMBER, NumberReader::read).takes(NUMBERS),
                    row(CHECKBOX, CheckboxReader::read).takes(BOOLEANS),
                    row(RADIO, ChoiceReader::read).takes(STRINGS).takes(ENUMS),
                    row(DROPDOWN, ChoiceReader::read).takes(STRINGS).takes(ENUMS),
                    row(SLIDER, SliderReader::read).takes(NUMBERS),
                    row(IMAGE, PropsReader.NONE).strictly()
                            .takes(BUFFERED_IMAGES, BuiltinValueType.IMAGE)
                            .takes(BYTE_ARRAYS, BuiltinValueType.IMAGE_BYTES)
                            .takes(PATHS, BuiltinValueType.IMAGE_PATH),
                    files(),
                    audio(),
                    video()),
            List.of());

    public static final ComponentTable OUTPUTS = new ComponentTable(Direction.OUTPUT,
            List.of(
                    byDefault(NUMBERS, NUMBER),
                    byDefault(BOOLEANS, CHECKBOX),
                    byDefault(STRINGS, TEXTBOX),
                    byDefault(LABEL_MAPS, LABEL, BuiltinValueType.LABEL_MAP).namingTheKind(),
                    byDefault(BUFFERED_IMAGES, IMAGE, BuiltinValueType.IMAGE).namingTheKind(),
                    byDefault(PATHS, FILE, BuiltinValueType.FILE_PATH).namingTheKind(),
                    byDefault(AUDIO_CLIPS, AUDIO, BuiltinValueType.AUDIO_CLIP).namingTheKind(),
                    byDefault(PATH_LISTS, FILE, FILE_PATHS).namingTheKind(),
                    byDefault(IMAGE_LISTS, GALLERY, new CollectionValueType(false, BuiltinValueType.IMAGE)).namingTheKind()),
            List.of(
                    row(TEXTBOX, TextboxReader::output).takes(STRINGS),
                    row(NUMBER, PropsReader.NONE).takes(NUMBERS),
                    row(CHECKBOX, PropsReader.NONE).takes(BOOLEANS),
                    row(LABEL, PropsReader.NONE).takes(LABEL_MAPS, BuiltinValueType.LABEL_MAP),
                    row(IMAGE, PropsReader.NONE).strictly()
                            .takes(BUFFERED_IMAGES, BuiltinValueType.IMAGE)
                            .takes(BYTE_ARRAYS, BuiltinValueType.IMAGE_BYTES)
                            .takes(PATHS, BuiltinValueType.IMAGE_PATH),
                    files(),
                    row(JSON, PropsReader.NONE).strictly().takes(JSON_VALUES, BuiltinValueType.JSON),
                    audio(),
                    video(),
                    row(GALLERY, GalleryReader::read).strictly()
                            .takes(IMAGE_LISTS, new CollectionValueType(false, BuiltinValueType.IMAGE))
                            .takes(PATH_LISTS, new CollectionValueType(false, BuiltinValueType.IMAGE_PATH))),
            // a record without an annotation is one output per component (see OutputReader)
            List.of("a record whose components are among these"));

    public ComponentTable {
        defaults = List.copyOf(defaults);
        rows = List.copyOf(rows);
        alsoShown = List.copyOf(alsoShown);
    }

    /** The qualified names of the annotations allowed in this direction. */
    public List<String> annotationNames() {
        return rows.stream().map(ComponentRow::annotationName).toList();
    }

    public Optional<ComponentRow> row(String annotationName) {
        return rows.stream().filter(row -> row.annotationName().equals(annotationName)).findFirst();
    }

    /** What shows a value of {@code type} under the annotation {@code annotationName} (or none). */
    public Pick pick(TypeMirror type, Optional<String> annotationName, JavaTypes javaTypes) {
        List<TypeFamily> families = new ArrayList<>();
        for (TypeFamily family : families()) {
            if (family.matches(type, javaTypes)) {
                families.add(family);
            }
        }
        Optional<ComponentRow> row = annotationName.flatMap(this::row);
        Optional<Fit> fit = row.isPresent()
                ? row.get().fitFor(families)
                : defaults.stream().filter(d -> families.contains(d.family())).findFirst();
        return new Pick(row, families, fit);
    }

    /** Every family this direction speaks of: the defaults' in order, then those only an annotation takes. */
    List<TypeFamily> families() {
        List<TypeFamily> families = new ArrayList<>();
        defaults.forEach(fit -> families.add(fit.family()));
        rows.forEach(row -> row.fits().stream().map(Fit::family).filter(f -> !families.contains(f)).forEach(families::add));
        return families;
    }

    private static Fit byDefault(TypeFamily family, ComponentKind kind) {
        return new Fit(family, kind, Optional.empty(), false);
    }

    /** One file, or several (Gradio's {@code file_count="multiple"}). */
    private static ComponentRow files() {
        return row(FILE, FileCountReader::read).strictly().takes(PATHS, BuiltinValueType.FILE_PATH).takes(PATH_LISTS, FILE_PATHS);
    }

    /** A clip, the file's bytes, or the file. */
    private static ComponentRow audio() {
        return row(AUDIO, MediaReader::read).strictly()
                .takes(AUDIO_CLIPS, BuiltinValueType.AUDIO_CLIP)
                .takes(BYTE_ARRAYS, BuiltinValueType.AUDIO_BYTES)
                .takes(PATHS, BuiltinValueType.AUDIO_PATH);
    }

    private static ComponentRow video() {
        return row(VIDEO, MediaReader::read).strictly().takes(PATHS, BuiltinValueType.VIDEO_PATH);
    }

    private static Fit byDefault(TypeFamily family, ComponentKind kind, ValueType valueType) {
        return new Fit(family, kind, Optional.of(valueType), false);
    }

    private static ComponentRow row(ComponentKind kind, PropsReader props) {
        return new ComponentRow(kind, props, false, List.of());
    }
}
