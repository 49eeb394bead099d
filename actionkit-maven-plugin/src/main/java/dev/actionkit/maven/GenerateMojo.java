package dev.actionkit.maven;

import dev.actionkit.maven.build.BuildOrchestrator;
import dev.actionkit.maven.build.BuildOutcome;
import dev.actionkit.maven.build.BuildRequest;
import dev.actionkit.maven.console.BuildLog;
import dev.actionkit.maven.credentials.SettingsServerPasswords;
import dev.actionkit.maven.fetch.CatalogFetcher;
import dev.actionkit.maven.fetch.FetchMode;
import dev.actionkit.maven.fetch.FetchTimeout;
import dev.actionkit.maven.problem.BuildFailure;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Generates the typed ActionKit client from the project's catalog: fetches the catalog from
 * ActionKit when it can (see {@link #fetch}), keeps it as a committed snapshot, and generates
 * sources unless they are up to date. The output directory is always added as a compile source
 * root, also when the goal is skipped.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.actionkit</groupId>
 *   <artifactId>actionkit-maven-plugin</artifactId>
 *   <version>...</version>
 *   <executions><execution><goals><goal>generate</goal></goals></execution></executions>
 *   <configuration>
 *     <projectId>your-paragon-project-id</projectId>
 *     <packageName>com.example.actionkit</packageName>
 *   </configuration>
 * </plugin>
 * }</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** The plugin's folder in {@code target/maven-status}, Maven's place for build state. */
    private static final String PLUGIN_STATUS = "actionkit-maven-plugin";

    /**
     * The Paragon project id whose catalog is fetched. When unset, env
     * {@code ACTIONKIT_PROJECT_ID} is used; without either, nothing is fetched and the snapshot
     * is used ({@code fetch=always} fails instead). Example:
     * {@code <projectId>8f1c...</projectId>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.projectId")
    private String projectId;

    /**
     * The ActionKit address, without {@code /projects}. Default
     * {@code https://actionkit.useparagon.com}; on-premise installations use
     * {@code https://worker-actionkit.<your domain>}. Plain {@code http://} is accepted for
     * loopback hosts only. Example:
     * {@code <baseUrl>https://worker-actionkit.example.com</baseUrl>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.baseUrl", defaultValue = "https://actionkit.useparagon.com")
    private String baseUrl;

    /**
     * The id of the settings.xml {@code <server>} whose password is the token (encrypted
     * passwords are decrypted through Maven). The first token source found wins: this server,
     * then env {@code ACTIONKIT_TOKEN}, then a token minted for {@link #userId} from env
     * {@code ACTIONKIT_SIGNING_KEY}. Default {@code actionkit}. Example:
     * {@code <serverId>actionkit-prod</serverId>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.serverId", defaultValue = "actionkit")
    private String serverId;

    /**
     * The user to mint a token for from the signing key in env {@code ACTIONKIT_SIGNING_KEY};
     * used only when neither the settings.xml server nor env {@code ACTIONKIT_TOKEN} has a
     * token. The catalog is per user (custom fields), so pick a user with every integration
     * connected. No default. Example: {@code <userId>catalog-bot</userId>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.userId")
    private String userId;

    /**
     * The catalog snapshot: the normalized {@code GET /actions} response, written after each
     * fetch that changed it and read when nothing is fetched. Commit it. Default
     * <code>${project.basedir}/src/main/actionkit/actions.json</code>. Example:
     * <code>&lt;catalogFile&gt;${project.basedir}/actionkit/catalog.json&lt;/catalogFile&gt;</code>.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.catalogFile",
            defaultValue = "${project.basedir}/src/main/actionkit/actions.json")
    private File catalogFile;

    /**
     * Where the sources are generated; added as a compile source root. Files in it that the
     * generator no longer produces are deleted, so point it at a directory of its own. Default
     * <code>${project.build.directory}/generated-sources/actionkit</code>. Example:
     * <code>&lt;outputDirectory&gt;${project.build.directory}/generated-sources/ak&lt;/outputDirectory&gt;</code>.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/actionkit")
    private File outputDirectory;

    /**
     * The Java package of the generated code ({@code Actions} and one class per integration).
     * Required unless {@link #skip} is set. Example:
     * {@code <packageName>com.example.actionkit</packageName>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.packageName")
    private String packageName;

    /**
     * When to fetch the catalog: {@code auto} (fetch when a project id and a token are available
     * and Maven is not offline; if the fetch fails and a snapshot exists, warn and use it),
     * {@code always} (fail without a project id and a token, offline, or when the fetch fails),
     * or {@code never} (use the snapshot; never touch the network, like {@code mvn -o}). Default
     * {@code auto}. Example: {@code <fetch>never</fetch>}, or {@code -Dactionkit.fetch=always}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.fetch", defaultValue = "auto")
    private String fetch;

    /**
     * The longest the catalog fetch may take in all: connecting, every attempt with its whole
     * answer, and the waits between retries (a 429, a 502, 503 or 504, and a broken connection
     * are retried, 3 attempts in all). When it is reached the fetch fails: {@code fetch=auto}
     * then warns and uses the snapshot, {@code fetch=always} fails the build. An ISO-8601
     * duration ({@code PT2M}, {@code PT30S}) or a number of seconds ({@code 120}). Default
     * {@code PT2M}. Example: {@code <fetchTimeout>PT5M</fetchTimeout>}, or
     * {@code -Dactionkit.fetchTimeout=30}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.fetchTimeout", defaultValue = FetchTimeout.DEFAULT_TEXT)
    private String fetchTimeout;

    /**
     * Integration keys to fetch and generate, e.g. {@code slack}; sent as the
     * {@code integrations} query and applied to the snapshot too. Default: all. Example:
     * {@code <integrations><integration>slack</integration></integrations>}, or
     * {@code -Dactionkit.integrations=slack,hubspot}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.integrations")
    private List<String> integrations;

    /**
     * Categories to fetch, sent as the {@code categories} query. Applies to fetching only: the
     * snapshot holds no categories, so a snapshot is used as it was fetched. Default: all.
     * Example: {@code <categories><category>crm</category></categories>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.categories")
    private List<String> categories;

    /**
     * Action-name patterns to generate ({@code *} matches any run of characters, {@code ?} one
     * character), e.g. {@code SLACK_*}. Default: every action. A pattern that matches nothing
     * warns. {@link #excludes} win. Example:
     * {@code <includes><include>SLACK_SEND_*</include></includes>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.includes")
    private List<String> includes;

    /**
     * Action-name patterns not to generate; they win over {@link #includes}. A pattern that
     * matches nothing warns. Default: none. Example:
     * {@code <excludes><exclude>*_DELETE_*</exclude></excludes>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.excludes")
    private List<String> excludes;

    /**
     * Parameters to treat as optional although the schema lists them as required, as
     * {@code ACTION_NAME.parameterName}: real catalogs mark some optional parameters required,
     * which would make them method arguments. Default: none. Example:
     * <pre>{@code
     * <optionalParameters>
     *   <optionalParameter>SLACK_SEND_DIRECT_MESSAGE.botName</optionalParameter>
     * </optionalParameters>
     * }</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.optionalParameters")
    private List<String> optionalParameters;

    /**
     * Asks ActionKit to reload custom fields ({@code reload_fields=true}) instead of using its
     * 8-hour cache; only matters when a fetch happens. Default {@code false}. Example:
     * {@code -Dactionkit.reloadFields=true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.reloadFields", defaultValue = "false")
    private boolean reloadFields;

    /**
     * Skips the goal: nothing is fetched or generated, but the output directory is still added
     * as a compile source root, so sources generated earlier still compile. Default
     * {@code false}. Example: {@code -Dactionkit.skip}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Fails the build when a fetched catalog has breaking changes against the snapshot (a
     * removed integration, action or parameter, a newly required parameter, a changed type),
     * naming each; the snapshot and the sources stay as they were. Without it, the changes are
     * only reported. Default {@code false}. Example:
     * {@code <failOnBreakingChanges>true</failOnBreakingChanges>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "actionkit.failOnBreakingChanges", defaultValue = "false")
    private boolean failOnBreakingChanges;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    private final SettingsDecrypter decrypter;

    /** Created by Maven, which injects the settings decrypter. */
    @Inject
    public GenerateMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping ActionKit code generation (actionkit.skip)");
            addSourceRoot();
            return;
        }
        BuildOutcome outcome;
        try {
            BuildRequest request = request();
            outcome = new BuildOrchestrator(new MavenBuildLog(getLog()),
                    new SettingsServerPasswords(settings, decrypter), System.getenv(),
                    CatalogFetcher.ACTIONKIT).run(request);
        } catch (BuildFailure e) {
            // The message says it all; the cause is for -X, not for the error summary.
            getLog().debug("The failure's cause", e.getCause());
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("ActionKit code generation failed unexpectedly: "
                    + e + ". Run with -e for the stack trace, and report it.", e);
        } finally {
            addSourceRoot();
        }
        getLog().info(outcome.summary());
    }

    private BuildRequest request() throws BuildFailure {
        if (packageName == null || packageName.isBlank()) {
            throw new BuildFailure("packageName is not set: add <packageName>com.example.actionkit"
                    + "</packageName> to the plugin configuration.");
        }
        return BuildRequest.builder()
                .projectId(text(projectId))
                .baseUrl(baseUrl)
                .serverId(serverId)
                .userId(text(userId))
                .catalogFile(catalogFile.toPath())
                .outputDirectory(outputDirectory.toPath())
                .statusDirectory(Path.of(project.getBuild().getDirectory(), "maven-status",
                        PLUGIN_STATUS))
                .packageName(packageName.strip())
                .fetch(FetchMode.parse(fetch))
                .offline(session.isOffline())
                .fetchTimeout(FetchTimeout.parse(fetchTimeout))
                .integrations(list(integrations))
                .categories(list(categories))
                .includes(list(includes))
                .excludes(list(excludes))
                .optionalParameters(Set.copyOf(list(optionalParameters)))
                .reloadFields(reloadFields)
                .failOnBreakingChanges(failOnBreakingChanges)
                .pluginVersion(plugin.getVersion())
                .build();
    }

    private void addSourceRoot() {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> value != null)
                .map(String::strip).filter(value -> !value.isEmpty()).distinct().toList();
    }

    /** The Maven log as a {@link BuildLog}. */
    private record MavenBuildLog(Log log) implements BuildLog {

        @Override
        public void info(String message) {
            log.info(message);
        }

        @Override
        public void warn(String message) {
            log.warn(message);
        }

        @Override
        public void debug(String message) {
            log.debug(message);
        }
    }
}
