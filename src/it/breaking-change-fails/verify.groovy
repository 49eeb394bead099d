def server = context.get('server')
try {
    def log = new File(basedir, 'build.log').text
    assert server.listings().size() == 1
    assert log.contains('[INFO]   - action SLACK_LIST_MEMBERS removed from \'slack\' [BREAKING]')
    assert log.contains('The catalog has 1 breaking change and failOnBreakingChanges is set;'
            + ' nothing was generated and the snapshot is unchanged:')
    assert log.contains('  - action SLACK_LIST_MEMBERS removed from \'slack\'')
    assert new File(basedir, 'src/main/actionkit/actions.json').bytes == context.get('snapshot')
    assert !new File(basedir, 'target/generated-sources/actionkit').exists()
    assert !log.contains('it-env-token-3e9a')
} finally {
    server.close()
}
