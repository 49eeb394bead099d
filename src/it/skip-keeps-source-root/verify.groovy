import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.time.Instant

def old = FileTime.from(Instant.parse('2020-01-01T00:00:00Z'))
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping ActionKit code generation (actionkit.skip)')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
context.get('files').each { file ->
    assert Files.getLastModifiedTime(file.toPath()) == old : "${file} was touched"
}
