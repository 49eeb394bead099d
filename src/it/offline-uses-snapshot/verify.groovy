def server = context.get('server')
try {
    def log = new File(basedir, 'build.log').text
    assert server.requests().isEmpty()
    assert log.contains('[INFO] Using the catalog snapshot ')
    assert log.contains('(Maven is offline)')
    assert new File(basedir, 'target/generated-sources/actionkit/it/generated/Actions.java').isFile()
    assert new File(basedir, 'src/main/actionkit/actions.json').bytes == context.get('snapshot')
} finally {
    server.close()
}
