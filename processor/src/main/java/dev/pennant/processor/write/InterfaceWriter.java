package dev.pennant.processor.write;

import static dev.pennant.processor.write.RuntimeTypes.FLAGGING_CALLBACK;
import static dev.pennant.processor.write.RuntimeTypes.GENERATED;
import static dev.pennant.processor.write.RuntimeTypes.GENERATED_INTERFACE;
import static dev.pennant.processor.write.RuntimeTypes.INTERFACE_SPEC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.pennant.processor.model.InterfaceModel;
import dev.pennant.processor.model.ReturnModel;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;

/**
 * Writes one thin class per method: the component specs ({@link SpecCode}) and a typed call
 * ({@link CallCode}). This package is the only one that knows JavaPoet; it never reports user errors
 * (the model is already valid).
 */
public final class InterfaceWriter {
    /** What {@code @Generated} names: the processor's class. */
    private static final String PROCESSOR_NAME = "dev.pennant.processor.InterfaceProcessor";

    private final Filer filer;

    public InterfaceWriter(Filer filer) {
        this.filer = filer;
    }

    public void write(InterfaceModel model) throws IOException {
        javaFile(model).writeTo(filer);
    }

    static JavaFile javaFile(InterfaceModel model) {
        JsonCode json = new JsonCode(model.components().returns() instanceof ReturnModel.JsonOutput output
                ? output.json().records() : Map.of());
        TypeSpec type = TypeSpec.classBuilder(model.generated().simpleName())
                .addOriginatingElement(model.method().element())
                .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR_NAME).build())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(GENERATED_INTERFACE)
                .addField(FieldSpec.builder(INTERFACE_SPEC, "SPEC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(SpecCode.spec(model))
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
                        .addStatement("return new $T()", ClassName.get(model.flagging().callback()))
                        .build())
                .addMethods(CallCode.calls(model, json))
                .addMethods(json.helpers())
                .build();
        return JavaFile.builder(model.generated().packageName(), type).skipJavaLangImports(true).build();
    }
}
