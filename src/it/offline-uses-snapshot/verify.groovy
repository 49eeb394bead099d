import static dev.actionkit.maven.it.ItAssert.*

def server = context.get('server')
try {
    check(server.requests().isEmpty(), "no request: ${server}")
    logContains(basedir, '[INFO] Using the catalog snapshot ', '(Maven is offline)')
    check(new File(basedir, 'target/generated-sources/actionkit/it/generated/Actions.java')
            .isFile(), 'Actions.java generated')
    hasBytes(new File(basedir, 'src/main/actionkit/actions.json'), context.get('snapshot'))
} finally {
    server.close()
}
