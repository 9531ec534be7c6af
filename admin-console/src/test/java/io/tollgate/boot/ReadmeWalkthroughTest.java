package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The README's curl walk-through, run with bash exactly as written (only the admin token pasted in). */
class ReadmeWalkthroughTest {

    @Test
    void walkthroughChargesTheSeedExampleExactlyAndLeaksNoSecretToTheLog() throws Exception {
        String script = walkthroughScript().replace("paste-the-admin-token-here", RunningTollgate.ADMIN_TOKEN)
                + "\necho \"TOKEN=$TOKEN\"\n";
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        String output;
        try (RunningTollgate tg = new RunningTollgate(Map.of())) {
            output = bash(script, tg.base());
        } finally {
            root.detachAppender(captured);
        }
        assertTrue(output.contains("\"consumedAmount\":10.0695,\"remainingBalance\":89.9305"), output);
        String jwt = output.substring(output.lastIndexOf("TOKEN=") + 6).strip();
        assertEquals(3, jwt.split("\\.").length, "init gave a JWT: " + output);
        StringBuilder log = new StringBuilder();
        captured.list.forEach(event -> log.append(event.getFormattedMessage()).append('\n'));
        assertTrue(log.toString().contains("ShareAuth Finish"), "the log was captured");
        for (String secret : new String[] {RunningTollgate.ADMIN_TOKEN, "password123", jwt}) {
            assertFalse(log.toString().contains(secret), "a secret reached the log: " + secret.substring(0, 6) + "…");
        }
    }

    @Test
    void ownAccountWalkthroughBindsTheMockAccountByOAuthAndChatsFreeOfPoints() throws Exception {
        String script = walkthroughScript("## Walk-through: bind").replace("paste-the-admin-token-here", RunningTollgate.ADMIN_TOKEN);
        String output;
        try (RunningTollgate tg = RunningTollgate.onKnownPort(Map.of())) {
            output = bash(script, tg.base());
        }
        assertTrue(output.contains("callback: 200"), output);
        assertTrue(output.contains("\"object\":\"chat.completion\""), output);
        assertTrue(output.matches("(?s).*\"quota\":\\{\"daily\":100000,\"unlimited\":false,\"used\":[1-9].*"), output);
    }

    static String walkthroughScript() throws IOException {
        return walkthroughScript("## Walk-through: init");
    }

    static String walkthroughScript(String heading) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf(heading));
        Matcher block = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(block.find(), "the README has a bash block in its walk-through");
        return block.group(1);
    }

    static String bash(String script, String base) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        builder.environment().put("BASE", base);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the walk-through finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
