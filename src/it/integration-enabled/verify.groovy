import static dev.actionkit.maven.it.ItAssert.*

def server = context.get('server')
try {
    check(server.listings().size() == 2, 'one listing per build')
    logContains(basedir, '[INFO] Catalog changes: 1 change, 0 breaking',
            "[INFO]   + integration 'hubspot' added (1 action: HUBSPOT_CREATE_RECORD_CONTACTS)",
            'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
    check(new File(basedir, 'src/main/actionkit/actions.json').text
            .contains('HUBSPOT_CREATE_RECORD_CONTACTS'), 'the snapshot has HubSpot')
} finally {
    server.close()
}
