package io.tollgate.boot;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Tollgate from the environment and runs until the process is told to stop. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        Config config;
        try {
            config = Config.from(System.getenv());
        } catch (Config.Invalid invalid) {
            LOG.error("Cannot start: {}", invalid.getMessage());
            System.exit(2);
            return;
        }
        Tollgate tollgate;
        try {
            tollgate = Tollgate.start(config, Clock.systemDefaultZone());
        } catch (IllegalArgumentException unusable) {
            LOG.error("Cannot start: {}", unusable.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping Tollgate");
            tollgate.close();
            stopped.countDown();
        }, "tollgate-shutdown"));
        stopped.await();
    }
}
