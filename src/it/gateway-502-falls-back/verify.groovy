import static dev.actionkit.maven.it.ItAssert.*

def server = context.get('server')
try {
    check(!server.listings().isEmpty(), 'the fetch was tried')
    logContains(basedir, '[WARNING] ActionKit answered GET /actions failed: HTTP 502',
            'Using the snapshot instead.', '(the fetch failed)',
            'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
    hasBytes(new File(basedir, 'src/main/actionkit/actions.json'), context.get('snapshot'))
} finally {
    server.close()
}
