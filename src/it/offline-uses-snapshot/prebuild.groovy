import dev.actionkit.testkit.FakeActionKit

// Would answer, if anyone asked: the assertion is that nobody does.
def server = FakeActionKit.start('it-project', 0).acceptTokens('it-env-token-0ff1')
context.put('server', server)
context.put('snapshot', new File(basedir, 'src/main/actionkit/actions.json').bytes)
context.get('userProperties').put('actionkit.baseUrl', server.baseUrl())
context.get('userProperties').put('actionkit.projectId', 'it-project')
