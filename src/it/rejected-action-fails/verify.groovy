import static dev.actionkit.maven.it.ItAssert.*

logContains(basedir,
        'The catalog has 1 problem that blocks generation; nothing was written and the'
                + ' snapshot is unchanged:',
        '  [duplicate-action-name] slack/SLACK_SEND_MESSAGE#: the action name SLACK_SEND_MESSAGE'
                + ' is listed 2 times with different definitions: slack/SLACK_SEND_MESSAGE,'
                + ' slackbeta/SLACK_SEND_MESSAGE',
        'Exclude the action with <excludes>, or report the schema.')
check(!new File(basedir, 'target/generated-sources/actionkit').exists(), 'nothing generated')
