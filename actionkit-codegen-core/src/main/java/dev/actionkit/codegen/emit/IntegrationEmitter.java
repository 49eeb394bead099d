package dev.actionkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.actionkit.codegen.model.ActionModel;
import dev.actionkit.codegen.model.IntegrationModel;
import dev.actionkit.codegen.model.ParameterModel;
import dev.actionkit.codegen.schema.JavadocText;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits one integration's class: per action a method taking the required parameters and any
 * number of {@code Consumer}s of the builder, one taking the full parameter object, and the async
 * variant of each; plus the static list of the integration's descriptors. Written as text by
 * {@link FacadeText}: a facade is thousands of methods.
 */
public final class IntegrationEmitter {

    private IntegrationEmitter() {}

    /** Emits the class of {@code integration}. */
    public static SourceFile emit(IntegrationModel integration) {
        ClassName self = integration.className();
        FacadeText out = new FacadeText(self, referencedTypes(integration));
        String client = out.name(RuntimeTypes.CLIENT);
        out.line("/** The actions of the integration {@code "
                + JavadocText.escape(integration.key()) + "}; get it from {@code Actions}. */");
        // The options arrays are handed to the builder's apply(...), which -Xlint:varargs
        // reports in every @SafeVarargs method; one class-wide suppression covers them all.
        out.line("@" + out.name(RuntimeTypes.SUPPRESS_WARNINGS) + "(\"varargs\")");
        out.line("public final class " + self.simpleName() + " {");
        out.line("    private final " + client + " client;");
        out.line("");
        out.line("    " + self.simpleName() + "(" + client + " client) {");
        out.line("        this.client = client;");
        out.line("    }");
        StringBuilder descriptors = new StringBuilder();
        for (ActionModel action : integration.actions()) {
            new ActionMethods(action, out).write();
            descriptors.append(descriptors.isEmpty() ? "" : ",\n                ")
                    .append(out.name(action.paramsClass())).append(".DESCRIPTOR");
        }
        out.javadoc("Returns the name, description and schema of each action of this "
                + "integration.");
        out.line("    public static " + out.name(RuntimeTypes.LIST) + "<"
                + out.name(RuntimeTypes.DESCRIPTOR) + "> descriptors() {");
        out.line("        return " + out.name(RuntimeTypes.LIST) + ".of(" + descriptors + ");");
        out.line("    }");
        return SourceFile.java(self.canonicalName(), out.finish());
    }

    /** Every type the class of {@code integration} names, in order of first use. */
    private static List<TypeName> referencedTypes(IntegrationModel integration) {
        List<TypeName> types = new ArrayList<>(List.of(RuntimeTypes.CLIENT, RuntimeTypes.RESULT,
                RuntimeTypes.FUTURE, RuntimeTypes.CONSUMER, RuntimeTypes.LIST,
                RuntimeTypes.DESCRIPTOR, RuntimeTypes.SAFE_VARARGS,
                RuntimeTypes.SUPPRESS_WARNINGS));
        for (ActionModel action : integration.actions()) {
            types.add(action.paramsClass());
            action.parameters().stream().filter(ParameterModel::required)
                    .forEach(p -> types.add(p.type()));
        }
        return types;
    }
}
