import dev.actionkit.runtime.catalog.CatalogJson

def server = context.get('server')
try {
    def log = new File(basedir, 'build.log').text
    assert server.listings().size() == 1
    def listing = server.listings()[0]
    assert listing.bearerToken().get() == 'it-token-from-settings-7c1d'
    assert listing.query() == ['format': 'json_schema', 'limit_to_available': 'false']
    assert log.contains("[INFO] Fetching the catalog of project 'it-project' from "
            + server.baseUrl() + " with the token from settings.xml server 'actionkit'")
    assert log.contains('[INFO] Wrote the catalog snapshot ')
    def expected = CatalogJson.toSnapshot(CatalogJson.parse(new File(basedir, 'server-catalog.json').bytes))
    assert new File(basedir, 'src/main/actionkit/actions.json').bytes == expected
    assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
    assert !log.contains('it-token-from-settings-7c1d')
} finally {
    server.close()
}
