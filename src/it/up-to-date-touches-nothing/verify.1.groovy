import static dev.actionkit.maven.it.ItAssert.*

import java.nio.file.attribute.FileTime
import java.time.Instant

// After build 1: date every generated file back, so that any rewrite in build 2 shows.
def files = backdate(new File(basedir, 'target/generated-sources/actionkit'),
        FileTime.from(Instant.parse('2020-01-01T00:00:00Z')))
check(files.any { it.fileName.toString() == 'Actions.java' }, 'Actions.java generated')
context.put('files', files)
