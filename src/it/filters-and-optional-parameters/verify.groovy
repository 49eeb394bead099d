import static dev.actionkit.maven.it.ItAssert.*

def server = context.get('server')
try {
    check(server.listings().size() == 1, 'one listing')
    def query = server.listings()[0].query()
    check(query == ['format': 'json_schema', 'limit_to_available': 'false',
            'reload_fields': 'true', 'integrations': 'slack,gmail', 'categories': 'messaging'],
            "the query: ${query}")
    check(buildLog(basedir).readLines().any { it.startsWith('[WARNING]') && it.contains('JIRA_*') },
            'a warning names the pattern that matches nothing')
    def sources = sources(new File(basedir, 'target/generated-sources/actionkit'))
    check(sources.contains('sendDirectMessage') && sources.contains('sendMessage'),
            'the included actions are generated')
    ['SLACK_LIST_MEMBERS', 'GMAIL_SEND_EMAIL', 'HUBSPOT_GET_RECORDS_ANY'].each {
        check(!sources.contains(it), "${it} is not generated")
    }
    logContains(basedir, 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
} finally {
    server.close()
}
