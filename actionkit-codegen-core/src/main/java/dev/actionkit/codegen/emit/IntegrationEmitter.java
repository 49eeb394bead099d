package dev.actionkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.actionkit.codegen.model.ActionModel;
import dev.actionkit.codegen.model.IntegrationModel;
import dev.actionkit.codegen.schema.JavadocText;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits one integration's class: per action a method taking the required parameters, one also
 * taking a {@code Consumer} of the builder, one taking the full parameter object, and the async
 * variant of each; plus the static list of the integration's descriptors.
 */
public final class IntegrationEmitter {

    private IntegrationEmitter() {}

    /** Emits the class of {@code integration}. */
    public static SourceFile emit(IntegrationModel integration) {
        ClassName self = integration.className();
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC,
                Modifier.FINAL)
                .addJavadoc("The actions of the integration {@code $L}; get it from "
                        + "{@code Actions}.\n", JavadocText.escape(integration.key()))
                .addField(FieldSpec.builder(RuntimeTypes.CLIENT, "client", Modifier.PRIVATE,
                        Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(RuntimeTypes.CLIENT, "client")
                        .addStatement("this.client = client").build());
        List<CodeBlock> descriptors = new ArrayList<>();
        for (ActionModel action : integration.actions()) {
            ClassName params = action.paramsClass();
            new ActionMethods(action).all().forEach(type::addMethod);
            descriptors.add(CodeBlock.of("$T.DESCRIPTOR", params));
        }
        type.addMethod(MethodSpec.methodBuilder("descriptors")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.DESCRIPTOR))
                .addJavadoc("Returns the name, description and schema of each action of this "
                        + "integration.\n")
                .addStatement("return $T.of($L)", RuntimeTypes.LIST,
                        CodeBlock.join(descriptors, ",\n"))
                .build());
        return write(self.packageName(), type.build());
    }

    static SourceFile write(String packageName, TypeSpec type) {
        JavaFile file = JavaFile.builder(packageName, type).addFileComment(SourceFile.HEADER)
                .skipJavaLangImports(true).indent("    ").build();
        return SourceFile.java(packageName + "." + type.name(), JavaText.tidy(file.toString()));
    }
}
