def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Not fetching the catalog: no project id and no token are configured.')
assert log.contains('[INFO] ActionKit: 2 actions in 1 integrations; files ')
assert log.contains('catalog snapshot ')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/generated-sources/actionkit/it/generated/Actions.java').isFile()
assert new File(basedir, 'src/main/actionkit/actions.json').bytes == context.get('snapshot')
