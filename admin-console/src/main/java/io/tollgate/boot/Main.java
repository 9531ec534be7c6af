package io.tollgate.boot;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Tollgate from the environment and runs until the process is told to stop; with arguments, runs one of
 * the {@link Commands} ({@value Commands#RESEAL}, {@value Commands#RESET_ADMIN} {@code <username>}) and exits.
 */
public final class Main {

    static final String SHUTDOWN_GRACE = "TOLLGATE_SHUTDOWN_GRACE";
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    /** What a command says, as plain lines: logback.xml sends its INFO to stdout and its errors to stderr. */
    private static final Logger COMMAND = LoggerFactory.getLogger("io.tollgate.command");

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            System.exit(Commands.run(List.of(args), System.getenv(), COMMAND::info, COMMAND::error));
            return;
        }
        Tollgate tollgate;
        Duration grace;
        try {
            Config config = Config.from(System.getenv());
            grace = shutdownGrace(System.getenv());
            tollgate = Tollgate.start(config, Clock.systemDefaultZone());
        } catch (Config.Invalid | IllegalArgumentException unusable) {
            LOG.error("Cannot start: {}", unusable.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            tollgate.close(grace);
            stopped.countDown();
            // A signal is how Tollgate is meant to stop: once everything is closed, that is a success, not 143 or 130.
            Runtime.getRuntime().halt(0);
        }, "tollgate-shutdown"));
        stopped.await();
    }

    /** How long a stop waits for calls in flight, from {@value #SHUTDOWN_GRACE}. */
    static Duration shutdownGrace(Map<String, String> env) {
        String text = env.getOrDefault(SHUTDOWN_GRACE, "");
        return DurationText.parse(SHUTDOWN_GRACE, text.isBlank() ? "30s" : text);
    }
}
