import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the Central Portal bundle of a release build (.ci/release-check, docs/RELEASING.md):
 * every published module has its POM, jar, sources and Javadoc jars and checksums (signatures
 * unless {@code --unsigned}); each jar holds META-INF/LICENSE; no unpublished module is in it; the
 * POMs carry what Central requires; the BOM lists every published module. Lists the bundle.
 * Run: {@code java .ci/CheckReleaseBundle.java <bundle.zip> <root dir> [--unsigned]}.
 */
public final class CheckReleaseBundle {

    private static final String GROUP_PATH = "dev/actionkit/";
    private static final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path bundle = Path.of(args[0]);
        Path root = Path.of(args[1]);
        boolean signed = !(args.length > 2 && args[2].equals("--unsigned"));
        Set<String> entries = new TreeSet<>();
        List<String> published = new ArrayList<>(List.of("actionkit-parent"));
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            Collections.list(zip.entries()).forEach(entry -> entries.add(entry.getName()));
            System.out.println("Bundle " + bundle + " (" + Files.size(bundle) + " bytes):");
            entries.forEach(name -> System.out.println("  " + name));
            Document rootPom = parse(root.resolve("pom.xml"));
            String version = text(rootPom.getDocumentElement(), "version");
            Set<String> excluded = new TreeSet<>(texts(rootPom, "excludeArtifact"));
            checkMetadata(rootPom, "actionkit-parent", true);
            checkFiles(zip, entries, "actionkit-parent", version, "pom", signed);
            for (String module : texts(rootPom, "module")) {
                Document pom = parse(root.resolve(module).resolve("pom.xml"));
                String artifactId = text(pom.getDocumentElement(), "artifactId");
                String packaging = text(pom.getDocumentElement(), "packaging");
                if (excluded.contains(artifactId)) {
                    expectAbsent(entries, artifactId);
                    continue;
                }
                published.add(artifactId);
                checkMetadata(pom, artifactId, artifactId.equals("actionkit-bom"));
                checkFiles(zip, entries, artifactId, version, packaging, signed);
            }
            checkBom(parse(root.resolve("actionkit-bom/pom.xml")), published);
        }
        if (!problems.isEmpty()) {
            System.out.println("The bundle is not ready for Central:");
            problems.forEach(problem -> System.out.println("  - " + problem));
            System.exit(1);
        }
        System.out.println("Bundle checked: " + published.size() + " modules " + published);
    }

    private static void checkFiles(ZipFile zip, Set<String> entries, String artifactId,
            String version, String packaging, boolean signed) throws IOException {
        String base = GROUP_PATH + artifactId + "/" + version + "/" + artifactId + "-" + version;
        List<String> files = new ArrayList<>(List.of(base + ".pom"));
        if (!"pom".equals(packaging)) {
            files.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
            hasLicense(zip, base + ".jar");
            hasLicense(zip, base + "-sources.jar");
        }
        for (String file : files) {
            List<String> wanted = new ArrayList<>(List.of(file, file + ".md5", file + ".sha1"));
            if (signed) {
                wanted.add(file + ".asc");
            }
            wanted.stream().filter(name -> !entries.contains(name))
                    .forEach(name -> problems.add("missing " + name));
        }
    }

    private static void hasLicense(ZipFile bundle, String jar) throws IOException {
        ZipEntry entry = bundle.getEntry(jar);
        if (entry == null) {
            return;
        }
        try (ZipInputStream in = new ZipInputStream(bundle.getInputStream(entry))) {
            for (ZipEntry inner = in.getNextEntry(); inner != null; inner = in.getNextEntry()) {
                if (inner.getName().equals("META-INF/LICENSE")) {
                    return;
                }
            }
        }
        problems.add(jar + " has no META-INF/LICENSE");
    }

    private static void expectAbsent(Set<String> entries, String artifactId) {
        if (entries.stream().anyMatch(name -> name.startsWith(GROUP_PATH + artifactId + "/"))) {
            problems.add(artifactId + " is not published but is in the bundle");
        }
    }

    /** Central wants name, description, url, licenses, developers and scm (parent or own). */
    private static void checkMetadata(Document pom, String artifactId, boolean ownsAll) {
        Element project = pom.getDocumentElement();
        List<String> required = new ArrayList<>(List.of("name", "description"));
        if (ownsAll) {
            required.addAll(List.of("url", "licenses", "developers", "scm"));
        }
        required.stream().filter(tag -> text(project, tag).isEmpty())
                .forEach(tag -> problems.add(artifactId + "'s POM has no <" + tag + ">"));
    }

    private static void checkBom(Document bom, List<String> published) {
        Set<String> listed = new TreeSet<>();
        var dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            listed.add(text((Element) dependencies.item(i), "artifactId"));
        }
        published.stream()
                .filter(id -> !id.equals("actionkit-parent") && !id.equals("actionkit-bom"))
                .filter(id -> !listed.contains(id))
                .forEach(id -> problems.add(id + " is published but not in actionkit-bom"));
        listed.stream().filter(id -> !published.contains(id)).forEach(id -> System.out.println(
                "Note: actionkit-bom lists " + id + ", which this build does not publish"));
    }

    private static Document parse(Path pom) throws Exception {
        try (InputStream in = Files.newInputStream(pom)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    /** The text of a direct child element, or "" if there is none. */
    private static String text(Element parent, String tag) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }

    private static List<String> texts(Document document, String tag) {
        List<String> values = new ArrayList<>();
        var nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().strip());
        }
        return values;
    }
}
