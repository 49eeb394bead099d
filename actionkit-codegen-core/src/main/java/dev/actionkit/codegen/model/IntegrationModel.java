package dev.actionkit.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * One integration, named: its accessor on {@code Actions}, its class, its actions by name.
 *
 * @param key the integration key, e.g. {@code googledrive}
 * @param accessorName the accessor on {@code Actions}, e.g. {@code googleDrive}
 * @param className its class, e.g. {@code com.acme.actionkit.GoogleDriveActions}
 * @param actions its actions, sorted by name
 */
public record IntegrationModel(String key, String accessorName, ClassName className,
        List<ActionModel> actions) {

    public IntegrationModel {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(accessorName, "accessorName == null");
        Objects.requireNonNull(className, "className == null");
        actions = List.copyOf(actions);
    }
}
