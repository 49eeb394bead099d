def server = context.get('server')
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('[DEBUG]')
    assert server.listings().size() == 1
    assert server.listings()[0].path() == '/projects/it-env-project/actions'
    assert server.listings()[0].bearerToken().get() == 'it-env-token-d3bu9'
    assert log.contains('with the token from env ACTIONKIT_TOKEN')
    assert log.contains('[WARNING] ActionKit reported an error beside the catalog; the other'
            + ' actions are generated: {"integration":"salesforce","message":"Custom fields'
            + ' could not be loaded."}')
    assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
    assert !log.contains('it-env-token-d3bu9')
} finally {
    server.close()
}
