package dev.pennant.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;

/** The runtime's and the JDK's types that generated code names (the runtime is not on the processor's classpath). */
final class RuntimeTypes {
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName FLAGGING_MODE = ClassName.get("dev.pennant", "FlaggingMode");
    static final ClassName PROGRESS = ClassName.get("dev.pennant", "Progress");
    static final ClassName COMPONENT = ClassName.get("dev.pennant.components", "Component");
    static final ClassName COMPONENT_TYPE = ClassName.get("dev.pennant.components", "ComponentType");
    static final ClassName VALUE_TYPE = ClassName.get("dev.pennant.components", "ValueType");
    static final ClassName FLAGGING_CALLBACK = ClassName.get("dev.pennant.flagging", "FlaggingCallback");
    static final ClassName GENERATED_INTERFACE = ClassName.get("dev.pennant.spi", "GeneratedInterface");
    static final ClassName INTERFACE_SPEC = ClassName.get("dev.pennant.spi", "InterfaceSpec");

    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName MAP = ClassName.get(Map.class);
    static final TypeName LIST_OF_OBJECTS = ParameterizedTypeName.get(LIST, ClassName.OBJECT);

    private RuntimeTypes() {
    }
}
