import static dev.actionkit.maven.it.ItAssert.*

import java.nio.file.attribute.FileTime
import java.time.Instant

logContains(basedir, '[INFO] ActionKit: 2 actions in 1 integration, up to date; files 0 written, ')
untouched(new File(basedir, 'target/generated-sources/actionkit'), context.get('files'),
        FileTime.from(Instant.parse('2020-01-01T00:00:00Z')))
