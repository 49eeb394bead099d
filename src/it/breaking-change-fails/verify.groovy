import static dev.actionkit.maven.it.ItAssert.*

def server = context.get('server')
try {
    check(server.listings().size() == 1, 'one listing')
    logContains(basedir,
            "[INFO]   - action SLACK_LIST_MEMBERS removed from 'slack' [BREAKING]",
            'The catalog has 1 breaking change and failOnBreakingChanges is set; nothing was'
                    + ' generated and the snapshot is unchanged:',
            "  - action SLACK_LIST_MEMBERS removed from 'slack'")
    hasBytes(new File(basedir, 'src/main/actionkit/actions.json'), context.get('snapshot'))
    check(!new File(basedir, 'target/generated-sources/actionkit').exists(), 'nothing generated')
    logLacks(basedir, 'it-env-token-3e9a')
} finally {
    server.close()
}
