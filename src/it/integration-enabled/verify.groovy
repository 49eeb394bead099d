def server = context.get('server')
try {
    def log = new File(basedir, 'build.log').text
    assert server.listings().size() == 2
    assert log.contains('[INFO] Catalog changes: 1 change, 0 breaking')
    assert log.contains("[INFO]   + integration 'hubspot' added (1 action: HUBSPOT_CREATE_RECORD_CONTACTS)")
    assert new File(basedir, 'src/main/actionkit/actions.json').text.contains('HUBSPOT_CREATE_RECORD_CONTACTS')
    assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
} finally {
    server.close()
}
