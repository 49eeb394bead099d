import dev.actionkit.testkit.FakeActionKit
import dev.actionkit.testkit.Reply

// Headers and half a catalog, then nothing until the server closes: the JDK's request timeout
// has stopped counting once the headers arrived, so only fetchTimeout ends the fetch.
def catalog = new File(basedir, 'src/main/actionkit/actions.json').bytes
def server = FakeActionKit.start('it-project', 0)
        .onList(Reply.of(200, 'application/json', catalog).withFault(Reply.Fault.STALL_MID_BODY))
context.put('server', server)
context.put('snapshot', catalog)
context.get('userProperties').put('actionkit.baseUrl', server.baseUrl())
context.get('userProperties').put('actionkit.projectId', 'it-project')
