import dev.actionkit.testkit.FakeActionKit
import dev.actionkit.testkit.Reply

// The first listing answers the catalog before HubSpot was enabled, later ones the catalog after.
def server = FakeActionKit.start('it-project', 0)
        .enqueueList(Reply.json(200, new File(basedir, 'catalog-before.json').text))
        .catalog(new File(basedir, 'catalog-after.json').toPath())
        .acceptTokens('it-env-token-5h2k')
context.put('server', server)
context.get('userProperties').put('actionkit.baseUrl', server.baseUrl())
context.get('userProperties').put('actionkit.projectId', 'it-project')
