import dev.actionkit.testkit.FakeActionKit

def server = FakeActionKit.start('it-project', 0)
        .catalog(new File(basedir, 'server-catalog.json').toPath())
        .acceptTokens('it-token-from-settings-7c1d')
context.put('server', server)
def properties = context.get('userProperties')
properties.put('actionkit.baseUrl', server.baseUrl())
properties.put('actionkit.projectId', 'it-project')
// Where Maven's decrypter finds the master password.
properties.put('settings.security', new File(basedir, 'settings-security.xml').absolutePath)
