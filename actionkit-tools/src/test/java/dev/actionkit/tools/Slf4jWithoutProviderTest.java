package dev.actionkit.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionkit.runtime.ActionDescriptor;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Without an SLF4J provider, what a user sees on stderr is exactly what TOOLS.md says")
class Slf4jWithoutProviderTest {

    /** Validates one tool call, as an application would, in a JVM of its own. */
    public static void main(String[] args) {
        ToolCallRunner runner = new ToolCallRunner(ActionTools.of(List.of(new ActionDescriptor(
                "crm", "CRM_FIND", "d", "{\"type\": \"object\", \"properties\": {\"q\":"
                        + " {\"type\": \"string\", \"pattern\": \"^a+$\"}}}"))));
        runner.check("CRM_FIND", "{\"q\": \"aaa\"}");
        System.out.println("checked");
    }

    @Test
    @DisplayName("a tool call validated with no provider on the class path prints SLF4J's"
            + " documented warning once and nothing else")
    void documentedWarning() throws Exception {
        // given (the test class path without any SLF4J provider)
        String classPath = Arrays.stream(System.getProperty("java.class.path")
                        .split(File.pathSeparator))
                .filter(entry -> !entry.matches(".*(slf4j-(simple|nop|jdk14|reload4j)|logback"
                        + "|log4j-slf4j).*"))
                .collect(Collectors.joining(File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", classPath,
                Slf4jWithoutProviderTest.class.getName()).start();

        // when
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // then
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out).isEqualTo("checked" + System.lineSeparator());
        List<String> lines = err.lines().toList();
        assertThat(lines).isNotEmpty().allMatch(line -> line.startsWith("SLF4J"));
        String tools = Files.readString(Path.of("../docs/TOOLS.md"));
        assertThat(tools).contains(lines);
    }
}
