import static dev.actionkit.maven.it.ItAssert.*

def server = context.get('server')
try {
    check(server.listings().size() == 1, 'one listing')
    check(server.listings()[0].bearerToken().get() == 'it-revoked-token-0b7f', 'the env token')
    logContains(basedir, 'ActionKit rejected the token from env ACTIONKIT_TOKEN (HTTP 401,'
            + ' code 40100, request id req-401).'
            + ' It must be a valid, unexpired Paragon'
            + " User Token for project 'it-project': set ACTIONKIT_TOKEN to a valid, unexpired"
            + ' Paragon User Token.')
    hasBytes(new File(basedir, 'src/main/actionkit/actions.json'), context.get('snapshot'))
    check(!new File(basedir, 'target/generated-sources/actionkit').exists(), 'nothing generated')
    logLacks(basedir, 'it-revoked-token-0b7f')
} finally {
    server.close()
}
