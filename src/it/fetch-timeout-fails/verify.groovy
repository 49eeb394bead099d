import static dev.actionkit.maven.it.ItAssert.*

def server = context.get('server')
try {
    check(server.listings().size() == 1, 'one listing: the deadline leaves no time to retry')
    logContains(basedir, 'Could not fetch the catalog from ' + server.baseUrl() + ': GET /actions'
            + ' failed: no complete answer within 2000 ms (callTimeout) (timed out; fetchTimeout'
            + ' is PT2S). If ActionKit is slow, raise it, e.g. -Dactionkit.fetchTimeout=PT5M;'
            + ' otherwise check the network and proxy, or build from the snapshot with -o or'
            + ' -Dactionkit.fetch=never.')
    hasBytes(new File(basedir, 'src/main/actionkit/actions.json'), context.get('snapshot'))
    check(!new File(basedir, 'target/generated-sources/actionkit').exists(), 'nothing generated')
    logLacks(basedir, 'it-timeout-token-4d2c')
} finally {
    server.close()
}
