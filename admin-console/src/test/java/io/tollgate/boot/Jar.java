package io.tollgate.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of {@code java -jar tollgate.jar <args>} in a separate JVM, in the environment of a test Tollgate. */
record Jar(int exitCode, String stdout, String stderr) {

    static Jar run(RunningTollgate app, String... args) {
        try {
            Path out = Files.createTempFile("tollgate-cmd", ".out");
            Path err = Files.createTempFile("tollgate-cmd", ".err");
            // The jar's own logging setup, not the tests': it is what routes a command's lines to stdout and stderr.
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Dlogback.configurationFile=logback.xml", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("TOLLGATE_"));
            builder.environment().putAll(RunningTollgate.env(app.db, Map.of()));
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the command did not end: " + String.join(" ", args));
            }
            Jar run = new Jar(process.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
