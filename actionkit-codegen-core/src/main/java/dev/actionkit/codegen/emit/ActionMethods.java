package dev.actionkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.actionkit.codegen.model.ActionModel;
import dev.actionkit.codegen.schema.JavadocText;
import dev.actionkit.codegen.schema.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** The six facade methods of one action: three overloads, each sync and async. */
final class ActionMethods {

    private final ActionModel action;
    private final ClassName params;
    private final List<Parameter> required;
    private final Map<String, String> types;
    private final String optionsName;
    private final CodeBlock description;

    ActionMethods(ActionModel action, ClassName params, Map<String, String> types) {
        this.action = action;
        this.params = params;
        this.types = types;
        this.required = action.schema().parameters().stream().filter(Parameter::required).toList();
        String options = "options";
        while (isRequiredName(options)) {
            options = options + "_";
        }
        this.optionsName = options;
        String text = JavadocText.escape(action.definition().description());
        this.description = CodeBlock.of("Runs {@code $L}$L\n\n",
                JavadocText.escape(action.definition().name()), text.isEmpty() ? "." : ": " + text);
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
        MethodSpec.Builder method = start(async);
        required.forEach(p -> method.addParameter(
                IntegrationEmitter.typeOf(types, p), p.javaName()));
        return finish(method, CodeBlock.of("$T.builder()$L.build()", params, setters()), async);
    }

    private MethodSpec withOptions(boolean async) {
        MethodSpec.Builder method = start(async);
        required.forEach(p -> method.addParameter(
                IntegrationEmitter.typeOf(types, p), p.javaName()));
        TypeName consumer = ParameterizedTypeName.get(RuntimeTypes.CONSUMER,
                params.nestedClass("Builder"));
        method.addParameter(consumer, optionsName)
                .addJavadoc("@param $L sets optional parameters (and overrides none of the "
                        + "required ones)\n", optionsName);
        return finish(method, CodeBlock.of("$T.builder().apply($L)$L.build()", params,
                optionsName, setters()), async);
    }

    private MethodSpec withParams(boolean async) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name(async))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(description())
                .addParameter(params, "params")
                .addJavadoc("@param params all parameters, e.g. built with {@link $T#builder()}\n",
                        params);
        return finish(method, CodeBlock.of("params"), async);
    }

    private MethodSpec.Builder start(boolean async) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name(async))
                .addModifiers(Modifier.PUBLIC).addJavadoc(description());
        for (Parameter p : required) {
            method.addJavadoc("@param $L $L\n", p.javaName(),
                    p.description().isEmpty() ? "the {@code " + JavadocText.escape(p.wireName())
                            + "} parameter" : p.description());
        }
        return method;
    }

    private MethodSpec finish(MethodSpec.Builder method, CodeBlock argument, boolean async) {
        TypeName returns = async
                ? ParameterizedTypeName.get(RuntimeTypes.FUTURE, RuntimeTypes.RESULT)
                : RuntimeTypes.RESULT;
        return method.returns(returns)
                .addJavadoc("@return the action's result$L\n", async ? ", when it arrives" : "")
                .addStatement("return this.client.$L($T.ACTION_NAME, $L)",
                        async ? "runAsync" : "run",
                        params, argument)
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

    private CodeBlock description() {
        return description;
    }
}
