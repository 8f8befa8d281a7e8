package dev.pennant.processor.write;

import static dev.pennant.processor.write.RuntimeTypes.LIST_OF_OBJECTS;
import static dev.pennant.processor.write.RuntimeTypes.PROGRESS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.pennant.processor.model.Components;
import dev.pennant.processor.model.InterfaceModel;
import dev.pennant.processor.model.MethodRef;
import dev.pennant.processor.model.ReturnModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The typed call. A method taking a {@code Progress} gets the three-argument {@code call} with the
 * real work and a two-argument one passing {@code Progress.NONE}.
 */
final class CallCode {
    private static final ClassName COLLECTIONS = ClassName.get(Collections.class);
    private static final ClassName ARRAYS = ClassName.get(Arrays.class);

    private CallCode() {
    }

    static List<MethodSpec> calls(InterfaceModel model, JsonCode json) {
        MethodSpec.Builder call = signature();
        if (model.components().progressParameter().isPresent()) {
            call.addStatement("return call(target, arguments, $T.NONE)", PROGRESS);
            MethodSpec.Builder withProgress = signature().addParameter(PROGRESS, "progress");
            return List.of(call.build(), body(withProgress, model, json).build());
        }
        return List.of(body(call, model, json).build());
    }

    private static MethodSpec.Builder signature() {
        return MethodSpec.methodBuilder("call")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(LIST_OF_OBJECTS)
                .addParameter(ClassName.OBJECT, "target")
                .addParameter(LIST_OF_OBJECTS, "arguments")
                .addException(Exception.class);
    }

    private static MethodSpec.Builder body(MethodSpec.Builder call, InterfaceModel model, JsonCode json) {
        CodeBlock invocation = invocation(model.method(), model.components());
        ReturnModel returns = model.components().returns();
        if (returns instanceof ReturnModel.RecordOf record) {
            List<CodeBlock> reads = new ArrayList<>();
            record.outputs().forEach(o -> reads.add(CodeBlock.of("result.$L()", o.accessor())));
            call.addStatement("$T result = $L", TypeName.get(record.recordType()).withoutAnnotations(), invocation)
                    .addStatement("return $T.asList($L)", ARRAYS, CodeBlock.join(reads, ", "));
        } else if (returns instanceof ReturnModel.JsonOutput output) {
            call.addStatement("return $T.singletonList($L)", COLLECTIONS, json.convert(output.json().top(), invocation));
        } else {
            call.addStatement("return $T.singletonList($L)", COLLECTIONS, invocation);
        }
        return call;
    }

    /** The method called with each argument cast to its parameter's type, and the progress tracker in its place. */
    private static CodeBlock invocation(MethodRef method, Components components) {
        List<CodeBlock> arguments = new ArrayList<>();
        int progress = components.progressParameter().orElse(-1);
        for (int i = 0, input = 0; i < components.parameterCount(); i++) {
            if (i == progress) {
                arguments.add(CodeBlock.of("progress"));
                continue;
            }
            TypeName type = TypeName.get(components.inputs().get(input).javaType()).withoutAnnotations();
            arguments.add(CodeBlock.of("($T) arguments.get($L)", type, input));
            input++;
        }
        return method.isStatic()
                ? CodeBlock.of("$T.$L($L)", ClassName.get(method.declaringType()), method.name(),
                        CodeBlock.join(arguments, ", "))
                : CodeBlock.of("(($T) target).$L($L)", targetType(method.declaringType()), method.name(),
                        CodeBlock.join(arguments, ", "));
    }

    /** The declaring class as a cast target: {@code Foo<?>} for a generic class, to avoid a raw type. */
    private static TypeName targetType(TypeElement declaringType) {
        ClassName raw = ClassName.get(declaringType);
        int typeParameters = declaringType.getTypeParameters().size();
        if (typeParameters == 0) {
            return raw;
        }
        TypeName[] wildcards = new TypeName[typeParameters];
        Arrays.fill(wildcards, WildcardTypeName.subtypeOf(Object.class));
        return ParameterizedTypeName.get(raw, wildcards);
    }
}
