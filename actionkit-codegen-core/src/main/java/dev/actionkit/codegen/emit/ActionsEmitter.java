package dev.actionkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.actionkit.codegen.model.CatalogModel;
import dev.actionkit.codegen.model.IntegrationModel;
import dev.actionkit.codegen.schema.JavadocText;
import javax.lang.model.element.Modifier;

/** Emits {@code Actions}: the entry point, one accessor per integration, all descriptors. */
public final class ActionsEmitter {

    private ActionsEmitter() {}

    /** Emits the {@code Actions} class of {@code model}. */
    public static SourceFile emit(CatalogModel model) {
        TypeSpec.Builder type = TypeSpec.classBuilder("Actions")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The ActionKit actions of this catalog, typed: "
                        + "{@code new Actions(client.forUser(token)).slack().sendMessage(...)}.\n")
                .addField(RuntimeTypes.CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Creates the actions of {@code client}, usually a client for "
                                + "one user.\n\n@param client the client that runs the actions\n")
                        .addParameter(RuntimeTypes.CLIENT, "client")
                        .addStatement("this.client = $T.requireNonNull(client, $S)",
                                RuntimeTypes.OBJECTS, "client == null")
                        .build());
        MethodSpec.Builder descriptors = MethodSpec.methodBuilder("descriptors")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.DESCRIPTOR))
                .addJavadoc("Returns the name, description and parameter schema of every "
                        + "action, as LLM tool definitions need them, without calling ActionKit.\n")
                .addStatement("$T<$T> all = new $T<>()", RuntimeTypes.LIST,
                        RuntimeTypes.DESCRIPTOR, RuntimeTypes.ARRAY_LIST);
        for (IntegrationModel integration : model.integrations()) {
            ClassName target = integration.className();
            type.addMethod(MethodSpec.methodBuilder(integration.accessorName())
                    .addModifiers(Modifier.PUBLIC).returns(target)
                    .addJavadoc("Returns the actions of the integration {@code $L}.\n",
                            JavadocText.escape(integration.key()))
                    .addStatement("return new $T(client)", target).build());
            descriptors.addStatement("all.addAll($T.descriptors())", target);
        }
        type.addMethod(descriptors.addStatement("return $T.copyOf(all)", RuntimeTypes.LIST)
                .build());
        return write(model.packageName(), type.build());
    }

    private static SourceFile write(String packageName, TypeSpec type) {
        JavaFile file = JavaFile.builder(packageName, type).addFileComment(SourceFile.HEADER)
                .skipJavaLangImports(true).indent("    ").build();
        return SourceFile.java(packageName + "." + type.name(), JavaText.tidy(file.toString()));
    }
}
