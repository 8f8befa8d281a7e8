package dev.pennant.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes one thin class per method: the component specs and a typed call. The only class that knows
 * JavaPoet (with {@link JsonWriter}); it never reports user errors (the model is already valid).
 */
final class InterfaceWriter {
    static final String PROCESSOR_NAME = "dev.pennant.processor.InterfaceProcessor";

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName FLAGGING_MODE = ClassName.get("dev.pennant", "FlaggingMode");
    private static final ClassName COMPONENT = ClassName.get("dev.pennant.components", "Component");
    private static final ClassName COMPONENT_TYPE = ClassName.get("dev.pennant.components", "ComponentType");
    private static final ClassName VALUE_TYPE = ClassName.get("dev.pennant.components", "ValueType");
    private static final ClassName FLAGGING_CALLBACK = ClassName.get("dev.pennant.flagging", "FlaggingCallback");
    private static final ClassName GENERATED_INTERFACE = ClassName.get("dev.pennant.spi", "GeneratedInterface");
    private static final ClassName INTERFACE_SPEC = ClassName.get("dev.pennant.spi", "InterfaceSpec");
    private static final ClassName PROGRESS = ClassName.get("dev.pennant", "Progress");
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName MAP = ClassName.get(Map.class);
    private static final ClassName COLLECTIONS = ClassName.get(Collections.class);
    private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    private static final TypeName LIST_OF_OBJECTS = ParameterizedTypeName.get(LIST, ClassName.OBJECT);
    private static final ClassName PATH = ClassName.get("java.nio.file", "Path");
    private static final Map<String, TypeName> RUNTIME_CLASSES = Map.ofEntries(
            Map.entry("DOUBLE", TypeName.DOUBLE), Map.entry("BOXED_DOUBLE", ClassName.get(Double.class)),
            Map.entry("FLOAT", TypeName.FLOAT), Map.entry("BOXED_FLOAT", ClassName.get(Float.class)),
            Map.entry("INT", TypeName.INT), Map.entry("BOXED_INT", ClassName.get(Integer.class)),
            Map.entry("LONG", TypeName.LONG), Map.entry("BOXED_LONG", ClassName.get(Long.class)),
            Map.entry("BOOLEAN", TypeName.BOOLEAN), Map.entry("BOXED_BOOLEAN", ClassName.get(Boolean.class)),
            Map.entry("STRING", ClassName.get(String.class)),
            Map.entry("LABEL_MAP", MAP),
            Map.entry("IMAGE", ClassName.get("java.awt.image", "BufferedImage")),
            Map.entry("IMAGE_BYTES", ArrayTypeName.of(TypeName.BYTE)),
            Map.entry("IMAGE_PATH", PATH),
            Map.entry("FILE_PATH", PATH),
            Map.entry("JSON", ClassName.OBJECT));

    private final Filer filer;

    InterfaceWriter(Filer filer) {
        this.filer = filer;
    }

    void write(InterfaceModel model) throws IOException {
        javaFile(model).writeTo(filer);
    }

    static JavaFile javaFile(InterfaceModel model) {
        JsonWriter json = new JsonWriter(model.returns() instanceof ReturnModel.JsonOutput output
                ? output.json().records() : Map.of());
        TypeSpec type = TypeSpec.classBuilder(model.generatedName())
                .addOriginatingElement(model.method())
                .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR_NAME).build())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(GENERATED_INTERFACE)
                .addField(FieldSpec.builder(INTERFACE_SPEC, "SPEC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(spec(model))
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Public with no arguments: {@link java.util.ServiceLoader} creates it.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(MethodSpec.methodBuilder("spec")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(INTERFACE_SPEC)
                        .addStatement("return SPEC")
                        .build())
                .addMethod(MethodSpec.methodBuilder("newFlaggingCallback")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(FLAGGING_CALLBACK)
                        .addStatement("return new $T()", ClassName.get(model.flaggingCallback()))
                        .build())
                .addMethods(calls(model, json))
                .addMethods(json.helpers())
                .build();
        return JavaFile.builder(model.generatedPackage(), type).skipJavaLangImports(true).build();
    }

    private static CodeBlock spec(InterfaceModel model) {
        CodeBlock.Builder spec = CodeBlock.builder()
                .add("$T.builder($T.class, $S)\n$>$>", INTERFACE_SPEC, ClassName.get(model.declaringType()),
                        model.methodName());
        if (!model.isStatic()) {
            spec.add(".instanceMethod()\n");
        }
        spec.add(".apiName($S)\n", model.apiName())
                .add(".title($S)\n", model.title())
                .add(".description($S)\n", model.description())
                .add(".article($S)\n", model.article())
                .add(".flaggingMode($T.$L, $L)\n", FLAGGING_MODE, model.flaggingMode(), model.flaggingModeExplicit())
                .add(".flaggingDir($S)\n", model.flaggingDir());
        if (!model.flaggingOptions().isEmpty()) {
            spec.add(".flaggingOptions($L)\n", strings(model.flaggingOptions()));
        }
        for (FlaggingOptions.Pair pair : model.flaggingOptionPairs()) {
            spec.add(".flaggingOption($S, $S)\n", pair.label(), pair.value());
        }
        model.examplesDir().ifPresent(directory -> spec.add(".examplesDir($S)\n", directory));
        for (List<String> example : model.examples()) {
            spec.add(".example($L)\n", strings(example));
        }
        model.concurrencyLimit().ifPresent(limit -> spec.add(".concurrencyLimit($L)\n", limit));
        for (ComponentModel input : model.inputs()) {
            spec.add(".input($L)\n", component(input));
        }
        for (ComponentModel output : model.returns().components()) {
            spec.add(".output($L)\n", component(output));
        }
        return spec.add(".build()$<$<").build();
    }

    private static CodeBlock component(ComponentModel component) {
        CodeBlock valueType = valueType(component.valueType());
        if (component.props().isEmpty()) {
            return CodeBlock.of("$T.of($T.$L, $S, $L)", COMPONENT, COMPONENT_TYPE, component.kind(),
                    component.label(), valueType);
        }
        List<CodeBlock> entries = new ArrayList<>();
        component.props().forEach((name, value) -> entries.add(CodeBlock.of("$S, $L", name, literal(value))));
        return CodeBlock.of("$T.of($T.$L, $S, $L, $T.of($L))", COMPONENT, COMPONENT_TYPE, component.kind(),
                component.label(), valueType, MAP, CodeBlock.join(entries, ", "));
    }

    /**
     * {@code ValueType.of(double.class)}, or {@code ValueType.enumOf(Tone.class, Tone.values())}: the class of
     * the values the runtime's codec converts. Images as {@code BufferedImage}, {@code byte[]} or {@code Path};
     * a label's map as {@code Map}; JSON data as {@code Object} (records are already maps by then).
     */
    private static CodeBlock valueType(ValueTypeModel valueType) {
        if (valueType.isEnum()) {
            ClassName type = ClassName.get(valueType.enumType());
            return CodeBlock.of("$T.enumOf($T.class, $T.values())", VALUE_TYPE, type, type);
        }
        TypeName type = RUNTIME_CLASSES.get(valueType.constant());
        if (type == null) {
            throw new IllegalArgumentException("no runtime class for value type " + valueType.constant());
        }
        return CodeBlock.of("$T.of($T.class)", VALUE_TYPE, type);
    }

    private static CodeBlock literal(Object value) {
        if (value instanceof Double d) {
            return CodeBlock.of("$L", Double.toString(d));   // finite: the reader rejects NaN and infinities
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return CodeBlock.of("$L", value);
        }
        if (value instanceof String s) {
            return CodeBlock.of("$S", s);
        }
        if (value instanceof List<?> list) {
            List<String> strings = new ArrayList<>();
            list.forEach(s -> strings.add((String) s));
            return CodeBlock.of("$T.of($L)", LIST, strings(strings));
        }
        throw new IllegalArgumentException("unexpected prop value " + value);
    }

    private static CodeBlock strings(List<String> strings) {
        List<CodeBlock> literals = new ArrayList<>();
        strings.forEach(s -> literals.add(CodeBlock.of("$S", s)));
        return CodeBlock.join(literals, ", ");
    }

    /**
     * The typed call. A method taking a {@code Progress} gets the three-argument {@code call} with the
     * real work and a two-argument one passing {@code Progress.NONE}.
     */
    private static List<MethodSpec> calls(InterfaceModel model, JsonWriter json) {
        MethodSpec.Builder call = callSignature();
        if (model.takesProgress()) {
            call.addStatement("return call(target, arguments, $T.NONE)", PROGRESS);
            MethodSpec.Builder withProgress = callSignature().addParameter(PROGRESS, "progress");
            return List.of(call.build(), callBody(withProgress, model, json).build());
        }
        return List.of(callBody(call, model, json).build());
    }

    private static MethodSpec.Builder callSignature() {
        return MethodSpec.methodBuilder("call")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(LIST_OF_OBJECTS)
                .addParameter(ClassName.OBJECT, "target")
                .addParameter(LIST_OF_OBJECTS, "arguments")
                .addException(Exception.class);
    }

    private static MethodSpec.Builder callBody(MethodSpec.Builder call, InterfaceModel model, JsonWriter json) {
        List<CodeBlock> arguments = new ArrayList<>();
        int parameters = model.inputs().size() + (model.takesProgress() ? 1 : 0);
        for (int i = 0, input = 0; i < parameters; i++) {
            if (i == model.progressParameter()) {
                arguments.add(CodeBlock.of("progress"));
                continue;
            }
            TypeName type = TypeName.get(model.inputs().get(input).javaType()).withoutAnnotations();
            arguments.add(CodeBlock.of("($T) arguments.get($L)", type, input));
            input++;
        }
        CodeBlock invocation = model.isStatic()
                ? CodeBlock.of("$T.$L($L)", ClassName.get(model.declaringType()), model.methodName(),
                        CodeBlock.join(arguments, ", "))
                : CodeBlock.of("(($T) target).$L($L)", targetType(model.declaringType()), model.methodName(),
                        CodeBlock.join(arguments, ", "));
        if (model.returns() instanceof ReturnModel.RecordOf record) {
            List<CodeBlock> reads = new ArrayList<>();
            record.outputs().forEach(o -> reads.add(CodeBlock.of("result.$L()", o.accessor())));
            call.addStatement("$T result = $L", TypeName.get(record.recordType()).withoutAnnotations(), invocation)
                    .addStatement("return $T.asList($L)", ARRAYS, CodeBlock.join(reads, ", "));
        } else if (model.returns() instanceof ReturnModel.JsonOutput output) {
            call.addStatement("return $T.singletonList($L)", COLLECTIONS, json.convert(output.json().top(), invocation));
        } else {
            call.addStatement("return $T.singletonList($L)", COLLECTIONS, invocation);
        }
        return call;
    }

    /** The declaring class as a cast target: {@code Foo<?>} for a generic class, to avoid a raw type. */
    private static TypeName targetType(TypeElement declaringType) {
        ClassName raw = ClassName.get(declaringType);
        int typeParameters = declaringType.getTypeParameters().size();
        if (typeParameters == 0) {
            return raw;
        }
        TypeName[] wildcards = new TypeName[typeParameters];
        java.util.Arrays.fill(wildcards, WildcardTypeName.subtypeOf(Object.class));
        return ParameterizedTypeName.get(raw, wildcards);
    }
}
