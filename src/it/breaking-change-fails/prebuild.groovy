import dev.actionkit.testkit.FakeActionKit

// A fake ActionKit whose catalog lost SLACK_LIST_MEMBERS since the snapshot was taken.
def server = FakeActionKit.start('it-project', 0)
        .catalog(new File(basedir, 'server-catalog.json').toPath())
        .acceptTokens('it-env-token-3e9a')
context.put('server', server)
context.put('snapshot', new File(basedir, 'src/main/actionkit/actions.json').bytes)
context.get('userProperties').put('actionkit.baseUrl', server.baseUrl())
context.get('userProperties').put('actionkit.projectId', 'it-project')
