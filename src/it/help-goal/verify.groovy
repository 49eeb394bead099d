import static dev.actionkit.maven.it.ItAssert.*

logContains(basedir,
        'actionkit:generate',
        'packageName',
        'User property: actionkit.packageName',
        'fetchTimeout',
        'failOnBreakingChanges',
        '[INFO] BUILD SUCCESS')
