import static dev.actionkit.maven.it.ItAssert.*

import dev.actionkit.runtime.catalog.CatalogJson

def server = context.get('server')
try {
    check(server.listings().size() == 1, 'one listing')
    def listing = server.listings()[0]
    check(listing.bearerToken().get() == 'it-token-from-settings-7c1d', 'the decrypted token')
    check(listing.query() == ['format': 'json_schema', 'limit_to_available': 'false'],
            "the default query: ${listing.query()}")
    logContains(basedir, '[DEBUG]',
            "[INFO] Fetching the catalog of project 'it-project' from " + server.baseUrl()
                    + " with the token from settings.xml server 'it-encrypted'",
            '[INFO] Wrote the catalog snapshot ',
            'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
    def expected = CatalogJson.toSnapshot(
            CatalogJson.parse(new File(basedir, 'server-catalog.json').bytes))
    hasBytes(new File(basedir, 'src/main/actionkit/actions.json'), expected)
    logLacks(basedir, 'it-token-from-settings-7c1d')
} finally {
    server.close()
}
