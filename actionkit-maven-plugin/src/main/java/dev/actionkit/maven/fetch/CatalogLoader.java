package dev.actionkit.maven.fetch;

import dev.actionkit.maven.console.BuildLog;
import dev.actionkit.maven.console.Counts;
import dev.actionkit.maven.credentials.CredentialResolver;
import dev.actionkit.maven.credentials.TokenSource;
import dev.actionkit.maven.problem.BuildFailure;
import dev.actionkit.maven.snapshot.Sha256;
import dev.actionkit.maven.snapshot.SnapshotDigest;
import dev.actionkit.maven.snapshot.SnapshotStore;
import dev.actionkit.runtime.ActionKitException;
import dev.actionkit.runtime.catalog.ActionCatalog;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides where the catalog comes from and gets it: fetched from ActionKit, or read from the
 * snapshot.
 *
 * <ul>
 *   <li>{@code never}, or Maven offline: the snapshot; the network is never touched.
 *   <li>{@code auto}: fetch when a project id and a token are available; otherwise, or when the
 *       fetch fails and a snapshot exists, the snapshot (a failed fetch warns).
 *   <li>{@code always}: fetch; fail without a project id and a token, offline, or on any
 *       failure.
 * </ul>
 */
public final class CatalogLoader {

    private final BuildLog log;
    private final CredentialResolver credentials;
    private final CatalogFetcher fetcher;

    /** Reports to {@code log}, finds tokens with {@code credentials}, fetches with a fetcher. */
    public CatalogLoader(BuildLog log, CredentialResolver credentials, CatalogFetcher fetcher) {
        this.log = Objects.requireNonNull(log, "log == null");
        this.credentials = Objects.requireNonNull(credentials, "credentials == null");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher == null");
    }

    /**
     * Returns the catalog to generate from and where it came from: fetched, or the snapshot
     * (known by its digest, read only when asked). Logs where it comes from, and why it is not
     * fetched in {@code auto}.
     *
     * @param settings where to fetch from, and when
     * @param snapshot the snapshot file's digest, remembered between builds, for a build that
     *     chooses the snapshot
     * @throws BuildFailure when there is no catalog to use, with what to do about it
     */
    public LoadedCatalog load(FetchSettings settings, SnapshotDigest snapshot)
            throws BuildFailure {
        CatalogSource source = choose(settings);
        if (source instanceof CatalogSource.ActionKit actionKit) {
            return fetch(settings, actionKit.projectId(), actionKit.token());
        }
        return fromSnapshot(settings, snapshot, ((CatalogSource.Snapshot) source).reason());
    }

    /**
     * Decides where the catalog comes from, without reading or fetching anything; says why when
     * it does not fetch in {@code auto}.
     *
     * @throws BuildFailure when {@code fetch} is {@code always} but the catalog cannot be fetched
     */
    private CatalogSource choose(FetchSettings settings) throws BuildFailure {
        if (settings.mode() == FetchMode.NEVER) {
            return new CatalogSource.Snapshot("fetch is 'never'");
        }
        if (settings.offline()) {
            if (settings.mode() == FetchMode.ALWAYS) {
                throw new BuildFailure("fetch is 'always' but Maven is offline (-o): build online,"
                        + " or use -Dactionkit.fetch=auto to build from the snapshot "
                        + settings.snapshotFile() + ".");
            }
            return new CatalogSource.Snapshot("Maven is offline");
        }
        Optional<TokenSource> token = settings.projectId().isEmpty() ? Optional.empty()
                : credentials.resolve(settings.serverId(), settings.userId());
        Optional<String> missing = missing(settings, token);
        if (missing.isPresent()) {
            if (settings.mode() == FetchMode.ALWAYS) {
                throw new BuildFailure("fetch is 'always' but " + missing.get() + ". "
                        + HOW_TO_CONFIGURE);
            }
            log.info("Not fetching the catalog: " + missing.get() + ".");
            return new CatalogSource.Snapshot(missing.get());
        }
        return new CatalogSource.ActionKit(settings.projectId().orElseThrow(), token.orElseThrow());
    }

    private static final String HOW_TO_CONFIGURE = "Set <projectId> (or env ACTIONKIT_PROJECT_ID)"
            + " and a token: a settings.xml <server>, env ACTIONKIT_TOKEN, or env"
            + " ACTIONKIT_SIGNING_KEY with <userId>.";

    private LoadedCatalog fetch(FetchSettings settings, String projectId, TokenSource token)
            throws BuildFailure {
        log.info("Fetching the catalog of project '" + projectId + "' from " + settings.baseUrl()
                + " with the token from " + token.description());
        ActionCatalog catalog;
        try {
            catalog = fetcher.fetch(settings, projectId, token);
        } catch (ActionKitException e) {
            String problem = FetchProblems.describe(e, settings, projectId, token);
            // Hashed afresh, not remembered: a failed fetch leaves project files as they are.
            Optional<String> fallback = settings.mode() != FetchMode.AUTO ? Optional.empty()
                    : new SnapshotStore(settings.snapshotFile()).read().map(Sha256::hex);
            if (fallback.isPresent()) {
                log.warn(problem + " Using the snapshot instead.");
                return snapshot(settings, fallback.get(), "the fetch failed");
            }
            throw new BuildFailure(problem, e);
        } catch (IllegalArgumentException e) {
            throw new BuildFailure("The ActionKit settings are invalid: " + e.getMessage() + ".",
                    e);
        }
        log.info("Fetched " + Counts.count(catalog.actionCount(), "action") + " in "
                + Counts.count(catalog.integrations().size(), "integration"));
        return LoadedCatalog.Fetched.of(catalog, "fetched from " + settings.baseUrl()
                + " (project '" + projectId + "', token from " + token.description() + ")");
    }

    private LoadedCatalog fromSnapshot(FetchSettings settings, SnapshotDigest snapshot,
            String reason) throws BuildFailure {
        Optional<String> digest = snapshot.digest();
        if (digest.isEmpty()) {
            throw new BuildFailure("No catalog: the snapshot " + settings.snapshotFile()
                    + " does not exist and the catalog cannot be fetched (" + reason + "). "
                    + HOW_TO_CONFIGURE + " Then build online once to create the snapshot, and"
                    + " commit it.");
        }
        return snapshot(settings, digest.get(), reason);
    }

    private LoadedCatalog snapshot(FetchSettings settings, String digest, String reason) {
        String origin = "snapshot " + settings.snapshotFile() + " (" + reason + ")";
        log.info("Using the catalog " + origin);
        return new LoadedCatalog.FromSnapshot(settings.snapshotFile(), digest, origin);
    }

    private static Optional<String> missing(FetchSettings settings, Optional<TokenSource> token) {
        if (settings.projectId().isEmpty()) {
            return Optional.of("no project id is configured");
        }
        if (token.isEmpty()) {
            return Optional.of("no token is configured");
        }
        return Optional.empty();
    }
}
