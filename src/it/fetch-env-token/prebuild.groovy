import dev.actionkit.testkit.FakeActionKit

def server = FakeActionKit.start('it-env-project', 0)
        .catalog(new File(basedir, 'server-catalog.json').toPath())
        .acceptTokens('it-env-token-d3bu9')
context.put('server', server)
context.get('userProperties').put('actionkit.baseUrl', server.baseUrl())
