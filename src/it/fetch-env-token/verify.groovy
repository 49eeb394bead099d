import static dev.actionkit.maven.it.ItAssert.*

def server = context.get('server')
try {
    check(server.listings().size() == 1, 'one listing')
    check(server.listings()[0].path() == '/projects/it-env-project/actions', 'the env project')
    check(server.listings()[0].bearerToken().get() == 'it-env-token-d3bu9', 'the env token')
    logContains(basedir, 'with the token from env ACTIONKIT_TOKEN',
            '[WARNING] ActionKit reported an error beside the catalog; the other actions are'
                    + ' generated: {"integration":"salesforce","message":"Custom fields could'
                    + ' not be loaded."}',
            'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
    logLacks(basedir, 'it-env-token-d3bu9')
} finally {
    server.close()
}
