def server = context.get('server')
try {
    def log = new File(basedir, 'build.log').text
    assert server.listings().size() >= 1
    assert log.contains('[WARNING] ActionKit answered GET /actions failed: HTTP 502')
    assert log.contains('Using the snapshot instead.')
    assert log.contains('(the fetch failed)')
    assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
    assert new File(basedir, 'src/main/actionkit/actions.json').bytes == context.get('snapshot')
} finally {
    server.close()
}
