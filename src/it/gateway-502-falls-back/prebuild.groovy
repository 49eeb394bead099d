import dev.actionkit.testkit.FakeActionKit
import dev.actionkit.testkit.Reply

// A gateway answers every listing with an HTML 502 (the client retries listings).
def server = FakeActionKit.start('it-project', 0).acceptTokens('it-env-token-5o2x')
5.times {
    server.enqueueList(Reply.html(502, '<html><body><h1>502 Bad Gateway</h1></body></html>'))
}
context.put('server', server)
context.put('snapshot', new File(basedir, 'src/main/actionkit/actions.json').bytes)
context.get('userProperties').put('actionkit.baseUrl', server.baseUrl())
context.get('userProperties').put('actionkit.projectId', 'it-project')
