package dev.actionkit.codegen;

import dev.actionkit.runtime.catalog.ActionCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;

/**
 * Everything one generation needs: the catalog, where and in which package to generate, which
 * actions, which required parameters to treat as optional, and an opaque fingerprint that
 * {@link CodeGenerator#upToDate} compares on the next build.
 *
 * @param catalog the catalog, usually read with {@link CodeGenerator#readCatalog(Path)}
 * @param outputDirectory the directory the generator owns files in
 * @param packageName the Java package of every generated type, e.g. {@code com.acme.actionkit}
 * @param selection which actions to generate
 * @param optionalParameters {@code ACTION_NAME.wireName} entries: required parameters to treat
 *     as optional (for over-inclusive {@code required} lists)
 * @param fingerprint an opaque value stored in the manifest, e.g. a hash of the catalog and the
 *     configuration
 */
public record GenerationRequest(ActionCatalog catalog, Path outputDirectory, String packageName,
        ActionSelection selection, Set<String> optionalParameters, String fingerprint) {

    public GenerationRequest {
        Objects.requireNonNull(catalog, "catalog == null");
        Objects.requireNonNull(outputDirectory, "outputDirectory == null");
        Objects.requireNonNull(packageName, "packageName == null");
        Objects.requireNonNull(selection, "selection == null");
        Objects.requireNonNull(optionalParameters, "optionalParameters == null");
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        if (!SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException(
                    "packageName is not a Java package name: \"" + packageName + "\"");
        }
        optionalParameters = Set.copyOf(optionalParameters);
    }

    /**
     * Returns the inputs besides the catalog that decide the generated sources, one stable line
     * each (sets sorted), for a caller to hash into its {@link #fingerprint}: the package name,
     * the selection and the optional parameters. The output directory and the fingerprint do not
     * change what is generated; the catalog is left to the caller, who may know it by a digest
     * of its bytes without reading it.
     */
    public static List<String> outputInputs(String packageName, ActionSelection selection,
            Set<String> optionalParameters) {
        return List.of("packageName " + packageName,
                "integrations " + new TreeSet<>(selection.integrations()),
                "includes " + selection.includes(),
                "excludes " + selection.excludes(),
                "optionalParameters " + new TreeSet<>(optionalParameters));
    }

    /** Returns a builder; catalog, output directory and package name are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GenerationRequest}; selection defaults to all, fingerprint to empty. */
    public static final class Builder {
        private ActionCatalog catalog;
        private Path outputDirectory;
        private String packageName;
        private ActionSelection selection = ActionSelection.all();
        private Set<String> optionalParameters = Set.of();
        private String fingerprint = "";

        private Builder() {}

        /** Sets the catalog to generate. */
        public Builder catalog(ActionCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        /** Sets the directory the generator owns. */
        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        /** Sets the Java package of the generated types. */
        public Builder packageName(String packageName) {
            this.packageName = packageName;
            return this;
        }

        /** Sets which actions to generate. */
        public Builder selection(ActionSelection selection) {
            this.selection = selection;
            return this;
        }

        /** Sets the {@code ACTION_NAME.wireName} parameters to treat as optional. */
        public Builder optionalParameters(Set<String> optionalParameters) {
            this.optionalParameters = optionalParameters;
            return this;
        }

        /** Sets the opaque fingerprint stored in the manifest. */
        public Builder fingerprint(String fingerprint) {
            this.fingerprint = fingerprint;
            return this;
        }

        /** Returns the request; throws as the record's constructor does. */
        public GenerationRequest build() {
            return new GenerationRequest(catalog, outputDirectory, packageName, selection,
                    optionalParameters, fingerprint);
        }
    }
}
