import dev.actionkit.testkit.FakeActionKit

// A fake ActionKit that accepts another token than the one in env ACTIONKIT_TOKEN: a 401.
def server = FakeActionKit.start('it-project', 0).acceptTokens('the-only-valid-token')
context.put('server', server)
context.put('snapshot', new File(basedir, 'src/main/actionkit/actions.json').bytes)
context.get('userProperties').put('actionkit.baseUrl', server.baseUrl())
context.get('userProperties').put('actionkit.projectId', 'it-project')
