import static dev.actionkit.maven.it.ItAssert.*

logContains(basedir,
        '[INFO] Not fetching the catalog: no project id is configured.',
        '[INFO] ActionKit: 2 actions in 1 integration; files ',
        'catalog snapshot ',
        'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
check(new File(basedir, 'target/generated-sources/actionkit/it/generated/Actions.java').isFile(),
        'Actions.java generated')
hasBytes(new File(basedir, 'src/main/actionkit/actions.json'), context.get('snapshot'))
