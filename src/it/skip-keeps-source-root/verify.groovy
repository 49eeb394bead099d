import static dev.actionkit.maven.it.ItAssert.*

import java.nio.file.attribute.FileTime
import java.time.Instant

logContains(basedir, '[INFO] Skipping ActionKit code generation (actionkit.skip)',
        'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
untouched(new File(basedir, 'target/generated-sources/actionkit'), context.get('files'),
        FileTime.from(Instant.parse('2020-01-01T00:00:00Z')))
