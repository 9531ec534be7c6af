package io.tollgate.boot;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Tollgate from the environment and runs until the process is told to stop; with the argument
 * {@value #RESEAL}, only re-seals the stored credentials under the current master key and exits.
 */
public final class Main {

    static final String RESEAL = "reseal-credentials";
    static final String SHUTDOWN_GRACE = "TOLLGATE_SHUTDOWN_GRACE";
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        Tollgate tollgate;
        Duration grace;
        try {
            Config config = Config.from(System.getenv());
            grace = shutdownGrace(System.getenv());
            if (args.length > 0) {
                if (args.length > 1 || !RESEAL.equals(args[0])) {
                    throw new IllegalArgumentException("the only command is " + RESEAL + ", not '" + String.join(" ", args) + "'");
                }
                LOG.info("Re-sealed {} platform credential(s) under the current master key", Tollgate.resealCredentials(config));
                System.exit(0);
                return;
            }
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
