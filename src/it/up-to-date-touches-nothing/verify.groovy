import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.time.Instant

def old = FileTime.from(Instant.parse('2020-01-01T00:00:00Z'))
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] ActionKit sources up to date, nothing written')
def now = []
new File(basedir, 'target/generated-sources/actionkit').eachFileRecurse { now << it }
assert now == context.get('files')
now.each { file -> assert Files.getLastModifiedTime(file.toPath()) == old : "${file} was touched" }
