import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.time.Instant

// After build 1: date every generated file back, so that any rewrite in build 2 shows.
def old = FileTime.from(Instant.parse('2020-01-01T00:00:00Z'))
def files = []
new File(basedir, 'target/generated-sources/actionkit').eachFileRecurse { file ->
    Files.setLastModifiedTime(file.toPath(), old)
    files << file
}
assert files.any { it.name == 'Actions.java' }
context.put('files', files)
