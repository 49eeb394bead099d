package dev.actionkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.actionkit.codegen.model.ActionModel;
import dev.actionkit.codegen.model.ParameterModel;
import dev.actionkit.codegen.schema.JavadocText;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The six facade methods of one action: three overloads, each sync and async. The first carries
 * the action's description and its parameters' Javadoc; the others say how they differ from it.
 */
final class ActionMethods {

    private final ActionModel action;
    private final ClassName params;
    private final List<ParameterModel> required;
    private final String optionsName;

    ActionMethods(ActionModel action) {
        this.action = action;
        this.params = action.paramsClass();
        this.required = action.parameters().stream().filter(ParameterModel::required).toList();
        String options = "options";
        while (isRequiredName(options)) {
            options = options + "_";
        }
        this.optionsName = options;
    }

    private boolean isRequiredName(String name) {
        return required.stream().anyMatch(p -> p.javaName().equals(name));
    }

    List<MethodSpec> all() {
        List<MethodSpec> methods = new ArrayList<>();
        for (boolean async : new boolean[] {false, true}) {
            methods.add(requiredOnly(async));
            methods.add(withOptions(async));
            methods.add(withParams(async));
        }
        return methods;
    }

    private MethodSpec requiredOnly(boolean async) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name(async))
                .addModifiers(Modifier.PUBLIC);
        if (async) {
            method.addJavadoc(sameAs("runs asynchronously"));
        } else {
            method.addJavadoc(fullJavadoc());
        }
        required.forEach(p -> method.addParameter(p.type(), p.javaName()));
        return finish(method, CodeBlock.of("$T.builder()$L.build()", params, setters()), async);
    }

    private MethodSpec withOptions(boolean async) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name(async))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(sameAs("with optional parameters set by {@code " + optionsName + "}"
                        + (async ? "; runs asynchronously" : "")));
        required.forEach(p -> method.addParameter(p.type(), p.javaName()));
        TypeName consumer = ParameterizedTypeName.get(RuntimeTypes.CONSUMER,
                params.nestedClass("Builder"));
        method.addParameter(consumer, optionsName);
        return finish(method, CodeBlock.of("$T.builder().apply($L)$L.build()", params,
                optionsName, setters()), async);
    }

    private MethodSpec withParams(boolean async) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name(async))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(sameAs("with every parameter in {@code params}"
                        + (async ? "; runs asynchronously" : "")))
                .addParameter(params, "params");
        return finish(method, CodeBlock.of("params"), async);
    }

    /** The action's description, its required parameters and the result. */
    private CodeBlock fullJavadoc() {
        String text = JavadocText.escape(action.definition().description());
        CodeBlock.Builder javadoc = CodeBlock.builder().add("Runs {@code $L}$L\n\n",
                JavadocText.escape(action.definition().name()), text.isEmpty() ? "." : ": " + text);
        for (ParameterModel p : required) {
            javadoc.add("@param $L $L\n", p.javaName(),
                    p.description().isEmpty() ? "the {@code " + JavadocText.escape(p.wireName())
                            + "} parameter" : p.description());
        }
        return javadoc.add("@return the action's result\n").build();
    }

    private CodeBlock sameAs(String difference) {
        return CodeBlock.of("Same as {@link #$L}, $L.\n", action.methodName(), difference);
    }

    private MethodSpec finish(MethodSpec.Builder method, CodeBlock argument, boolean async) {
        TypeName returns = async
                ? ParameterizedTypeName.get(RuntimeTypes.FUTURE, RuntimeTypes.RESULT)
                : RuntimeTypes.RESULT;
        return method.returns(returns)
                .addStatement("return this.client.$L($T.ACTION_NAME, $L)",
                        async ? "runAsync" : "run", params, argument)
                .build();
    }

    private CodeBlock setters() {
        CodeBlock.Builder chain = CodeBlock.builder();
        required.forEach(p -> chain.add(".$L($L)", p.javaName(), p.javaName()));
        return chain.build();
    }

    private String name(boolean async) {
        return async ? action.methodName() + "Async" : action.methodName();
    }
}
