import dev.actionkit.testkit.FakeActionKit

// The fake ignores the query filters and answers slack, gmail and hubspot: the plugin applies
// integrations, includes and excludes to the catalog itself.
def server = FakeActionKit.start('it-project', 0)
        .catalog(new File(basedir, 'server-catalog.json').toPath())
        .acceptTokens('it-env-token-f1l7')
context.put('server', server)
context.get('userProperties').put('actionkit.baseUrl', server.baseUrl())
context.get('userProperties').put('actionkit.projectId', 'it-project')
