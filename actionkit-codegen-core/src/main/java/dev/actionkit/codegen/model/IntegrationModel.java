package dev.actionkit.codegen.model;

import java.util.List;
import java.util.Objects;

/**
 * One integration, named: its accessor on {@code Actions}, its class, its actions by name.
 *
 * @param key the integration key, e.g. {@code googledrive}
 * @param accessorName the accessor on {@code Actions}, e.g. {@code googleDrive}
 * @param className the simple name of its class, e.g. {@code GoogleDriveActions}
 * @param actions its actions, sorted by name
 */
public record IntegrationModel(String key, String accessorName, String className,
        List<ActionModel> actions) {

    public IntegrationModel {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(accessorName, "accessorName == null");
        Objects.requireNonNull(className, "className == null");
        actions = List.copyOf(actions);
    }
}
