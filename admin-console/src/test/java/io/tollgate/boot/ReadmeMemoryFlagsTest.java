package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JVM flags the README recommends ("Memory") are the ones the load harness measures with, and a JVM of the
 * version the build runs on starts with them: a flag it does not know would stop Tollgate before it serves anything.
 */
class ReadmeMemoryFlagsTest {

    @Test
    void theRecommendedFlagsAreTheHarnessesAndTheJvmAcceptsThem() throws Exception {
        List<String> flags = readmeFlags();
        assertTrue(flags.contains("-XX:TrimNativeHeapInterval=2000"), "the README recommends trimming the C heap: " + flags);
        String harness = Files.readString(Path.of("..", "bench", "run-tollgate.sh"), StandardCharsets.UTF_8);
        assertTrue(harness.contains("JVM_FLAGS=${TOLLGATE_JVM_FLAGS:-" + String.join(" ", flags) + "}"),
                "bench/run-tollgate.sh measures with the README's flags " + flags);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(flags);
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS), "java -version finished");
        assertEquals(0, java.exitValue(), output);
    }

    @Test
    void theImageTrimsTheCHeapAndLimitsArenasAsTheReadmeRecommends() throws Exception {
        List<String> flags = readmeFlags();
        String dockerfile = Files.readString(Path.of("..", "Dockerfile"), StandardCharsets.UTF_8);
        String trim = String.join(" ", flags.subList(flags.indexOf("-XX:+UnlockExperimentalVMOptions"),
                flags.indexOf("-XX:TrimNativeHeapInterval=2000") + 1));
        assertTrue(dockerfile.contains(trim), "the image's JVM trims the C heap (" + trim + "):\n" + dockerfile);
        String arenas = ReadmeWalkthroughTest.walkthroughScript("### Memory").trim().split("\\s+")[0];
        assertTrue(dockerfile.contains(arenas), "the image limits glibc's arenas (" + arenas + "):\n" + dockerfile);
    }

    /** The options between {@code java} and {@code -jar} in the Memory section's command. */
    private static List<String> readmeFlags() throws Exception {
        String command = ReadmeWalkthroughTest.walkthroughScript("### Memory").replace("\\\n", " ");
        List<String> words = Arrays.asList(command.trim().split("\\s+"));
        return words.subList(words.indexOf("java") + 1, words.indexOf("-jar"));
    }
}
