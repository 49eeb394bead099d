package dev.actionkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps {@code docs/PLUGIN-PARAMETERS.md} equal to what the plugin descriptor (built from the
 * mojo's Javadoc) says, so the parameter reference cannot drift from the code. Regenerate it with
 * {@code ./mvnw -B verify -pl actionkit-maven-plugin -am -Dparameters.update=true}.
 */
class ParameterReferenceTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path REFERENCE = Path.of("../docs/PLUGIN-PARAMETERS.md");

    @Test
    @DisplayName("docs/PLUGIN-PARAMETERS.md is the parameter reference of the built plugin")
    void referenceMatchesTheDescriptor() throws Exception {
        // given
        String rendered = render(mojo("generate"));

        // when
        if (Boolean.getBoolean("parameters.update")) {
            Files.writeString(REFERENCE, rendered, StandardCharsets.UTF_8);
        }

        // then
        assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
                .as("docs/PLUGIN-PARAMETERS.md is stale: rerun with -Dparameters.update=true")
                .isEqualTo(rendered);
    }

    private static Element mojo(String goal) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element plugin = factory.newDocumentBuilder().parse(DESCRIPTOR.toFile()).getDocumentElement();
        for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
            if (text(mojo, "goal").equals(goal)) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal + " in " + DESCRIPTOR);
    }

    private static String render(Element mojo) {
        StringBuilder page = new StringBuilder()
                .append("# `actionkit:").append(text(mojo, "goal")).append("` parameters\n\n")
                .append("Generated from the plugin descriptor, that is from the mojo's Javadoc, by\n")
                .append("`ParameterReferenceTest`, which fails the build when this page and the code\n")
                .append("disagree. Regenerate: `./mvnw -B verify -pl actionkit-maven-plugin -am ")
                .append("-Dparameters.update=true`.\n\n")
                .append("Default phase `").append(text(mojo, "phase")).append("`; thread-safe: `")
                .append(text(mojo, "threadSafe")).append("`. Every parameter can also be set as a ")
                .append("user property (`-Dactionkit.<name>=...`).\n\n")
                .append("| parameter | type | default | user property | since |\n")
                .append("|---|---|---|---|---|\n");
        Element configuration = child(mojo, "configuration");
        List<Element> parameters = new ArrayList<>();
        for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
            if (text(parameter, "editable").equals("true")) {
                parameters.add(parameter);
            }
        }
        for (Element parameter : parameters) {
            Element config = child(configuration, text(parameter, "name"));
            String property = config == null ? "" : config.getTextContent().strip();
            String defaultValue = config == null ? "" : config.getAttribute("default-value");
            page.append("| [`").append(text(parameter, "name")).append("`](#")
                    .append(text(parameter, "name").toLowerCase(java.util.Locale.ROOT)).append(") | `")
                    .append(shortType(text(parameter, "type"))).append("` | ")
                    .append(defaultValue.isEmpty() ? "" : "`" + defaultValue + "`").append(" | ")
                    .append(property.isEmpty() ? "" : "`" + property.replaceAll("^\\$\\{|}$", "") + "`")
                    .append(" | ").append(text(parameter, "since")).append(" |\n");
        }
        for (Element parameter : parameters) {
            page.append("\n## ").append(text(parameter, "name")).append("\n\n")
                    .append(markdown(text(parameter, "description").strip())).append("\n");
        }
        return page.toString();
    }

    /** Descriptions carry XML examples: escape them so that Markdown shows them as text. */
    private static String markdown(String description) {
        return description.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String shortType(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent();
    }
}
