def server = context.get('server')
try {
    def log = new File(basedir, 'build.log').text
    assert server.listings().size() == 1
    assert server.listings()[0].query() == ['format': 'json_schema', 'limit_to_available': 'false',
            'reload_fields': 'true', 'integrations': 'slack,gmail', 'categories': 'messaging']
    assert log.readLines().any { it.startsWith('[WARNING]') && it.contains('JIRA_*') }
    def generated = new File(basedir, 'target/generated-sources/actionkit')
    def sources = []
    generated.eachFileRecurse { if (it.name.endsWith('.java')) sources << it.text }
    def all = sources.join('\n')
    assert all.contains('sendDirectMessage')
    assert all.contains('sendMessage')
    assert !all.contains('SLACK_LIST_MEMBERS')
    assert !all.contains('GMAIL_SEND_EMAIL')
    assert !all.contains('HUBSPOT_GET_RECORDS_ANY')
    assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
} finally {
    server.close()
}
