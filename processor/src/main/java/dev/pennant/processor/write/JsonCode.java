package dev.pennant.processor.write;

import static dev.pennant.processor.write.RuntimeTypes.LIST_OF_OBJECTS;
import static dev.pennant.processor.write.RuntimeTypes.MAP;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.pennant.processor.model.JsonShape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The expressions and private helper methods that turn the records
 * in a {@code @Json} output into {@code LinkedHashMap}s (component name to value, in declaration order).
 * Helpers are written only for what the output contains.
 */
final class JsonCode {
    private static final TypeName STRING_TO_OBJECT = ParameterizedTypeName.get(MAP, ClassName.get(String.class), ClassName.OBJECT);
    private static final TypeVariableName T = TypeVariableName.get("T");
    private static final TypeName CONVERT = ParameterizedTypeName.get(ClassName.get(Function.class), T, ClassName.OBJECT);

    private final Map<String, JsonShape.RecordFields> records;
    /** record qualified name → helper method name */
    private final Map<String, String> helperNames = new LinkedHashMap<>();
    private boolean usesList;
    private boolean usesMap;

    JsonCode(Map<String, JsonShape.RecordFields> records) {
        this.records = records;
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, JsonShape.RecordFields> record : records.entrySet()) {
            String base = "json" + record.getValue().record().getSimpleName();
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + n;
            }
            helperNames.put(record.getKey(), name);
        }
    }

    /** {@code value} converted for the runtime: records become maps, anything else is passed as it is. */
    CodeBlock convert(JsonShape shape, CodeBlock value) {
        return convert(shape, value, 1);
    }

    private CodeBlock convert(JsonShape shape, CodeBlock value, int depth) {
        // nested lambdas need distinct parameter names
        String element = depth == 1 ? "element" : "element" + depth;
        if (shape instanceof JsonShape.RecordRef ref) {
            return CodeBlock.of("$N($L)", helperNames.get(ref.record().getQualifiedName().toString()), value);
        }
        if (shape instanceof JsonShape.ListOf list) {
            usesList = true;
            return CodeBlock.of("jsonList($L, $N -> $L)", value, element,
                    convert(list.element(), CodeBlock.of("$N", element), depth + 1));
        }
        if (shape instanceof JsonShape.MapOf map) {
            usesMap = true;
            return CodeBlock.of("jsonMap($L, $N -> $L)", value, element,
                    convert(map.value(), CodeBlock.of("$N", element), depth + 1));
        }
        return value;
    }

    /** The helper methods the conversions use; call after every {@link #convert}. */
    List<MethodSpec> helpers() {
        List<MethodSpec> methods = new ArrayList<>();
        records.forEach((name, record) -> methods.add(recordHelper(helperNames.get(name), record)));
        if (usesList) {
            methods.add(MethodSpec.methodBuilder("jsonList")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addTypeVariable(T)
                    .returns(LIST_OF_OBJECTS)
                    .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class), T), "values")
                    .addParameter(CONVERT, "convert")
                    .beginControlFlow("if (values == null)")
                    .addStatement("return null")
                    .endControlFlow()
                    .addStatement("$T json = new $T<>(values.size())", LIST_OF_OBJECTS, ArrayList.class)
                    .beginControlFlow("for ($T value : values)", T)
                    .addStatement("json.add(convert.apply(value))")
                    .endControlFlow()
                    .addStatement("return json")
                    .build());
        }
        if (usesMap) {
            methods.add(MethodSpec.methodBuilder("jsonMap")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addTypeVariable(T)
                    .returns(STRING_TO_OBJECT)
                    .addParameter(ParameterizedTypeName.get(MAP, WildcardTypeName.subtypeOf(Object.class), T), "values")
                    .addParameter(CONVERT, "convert")
                    .beginControlFlow("if (values == null)")
                    .addStatement("return null")
                    .endControlFlow()
                    .addStatement("$T json = new $T<>()", STRING_TO_OBJECT, LinkedHashMap.class)
                    .addStatement("values.forEach((key, value) -> json.put((String) key, convert.apply(value)))")
                    .addStatement("return json")
                    .build());
        }
        return methods;
    }

    private MethodSpec recordHelper(String name, JsonShape.RecordFields record) {
        MethodSpec.Builder helper = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STRING_TO_OBJECT)
                .addParameter(ClassName.get(record.record()), "value")
                .beginControlFlow("if (value == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T json = new $T<>()", STRING_TO_OBJECT, LinkedHashMap.class);
        for (JsonShape.Field field : record.fields()) {
            helper.addStatement("json.put($S, $L)", field.name(), convert(field.shape(), CodeBlock.of("value.$N()", field.accessor())));
        }
        return helper.addStatement("return json").build();
    }
}
