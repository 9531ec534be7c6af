package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.boot.FaultyUpstream.Fault;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Three accounts serve one model; two of their upstreams blip, throttle, hang, trickle and drop streams for a minute
 * while callers keep calling. No caller sees a 5xx, no call outlasts the request deadline, and both accounts serve
 * again soon after their upstreams recover, with nobody re-enabling them.
 */
class FaultToleranceTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final long FAULTS_MS = 60_000;
    private static final long CYCLE_MS = 12_000;
    private static final int JSON_CALLERS = 4;
    private static final int STREAM_CALLERS = 4;

    /** One call as the caller saw it. */
    private record Call(boolean stream, int status, long millis, boolean cutMidStream) {}

    /** Within each 12 s cycle: a 1 s blip, a 429 episode, a hang, a trickle and drops, with healthy gaps between. */
    static Fault faultAt(long sinceStart) {
        if (sinceStart < 0 || sinceStart >= FAULTS_MS) {
            return Fault.NONE;
        }
        long t = sinceStart % CYCLE_MS;
        return t < 1000 ? Fault.BLIP : t >= 2000 && t < 4000 ? Fault.THROTTLE : t >= 5000 && t < 7000 ? Fault.HANG
                : t >= 7500 && t < 9000 ? Fault.TRICKLE : t >= 9500 && t < 11000 ? Fault.DROP : Fault.NONE;
    }

    @Test
    void callersNeverSeeTheFaultsOfTwoAccountsOutOfThreeAndTheAccountsComeBackByThemselves() throws Exception {
        long[] start = {Long.MAX_VALUE};
        try (FaultyUpstream steady = new FaultyUpstream(now -> Fault.NONE);
             FaultyUpstream first = new FaultyUpstream(now -> faultAt(now - start[0]));
             FaultyUpstream second = new FaultyUpstream(now -> faultAt(now - start[0] - 3000));
             RunningTollgate tg = new RunningTollgate(Map.of("TOLLGATE_MOCK_PLATFORM", "false",
                     "TOLLGATE_REQUEST_DEADLINE", "20s", "TOLLGATE_FIRST_BYTE_TIMEOUT", "2s", "TOLLGATE_STREAM_IDLE_TIMEOUT", "2s"))) {
            RelayAdmin admin = new RelayAdmin(tg);
            admin.model("m", "openai", "1", "1");
            admin.account("steady", "openai", steady.baseUrl(), "m");
            admin.account("first", "openai", first.baseUrl(), "m");
            admin.account("second", "openai", second.baseUrl(), "m");
            RelayAdmin.Caller caller = admin.caller(new BigDecimal("100000"));

            ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            java.util.concurrent.atomic.AtomicLong asked = new java.util.concurrent.atomic.AtomicLong();
            ExecutorService callers = Executors.newFixedThreadPool(JSON_CALLERS + STREAM_CALLERS);
            start[0] = System.currentTimeMillis();
            for (int i = 0; i < JSON_CALLERS + STREAM_CALLERS; i++) {
                boolean stream = i >= JSON_CALLERS;
                callers.submit(() -> {
                    while (!stop.get()) {
                        long began = System.nanoTime();
                        // Each call its own prompt: one shared prefix would stick to the steady account (sticky routing).
                        HttpResponse<String> reply = admin.chat(caller, "m", stream, "question " + asked.incrementAndGet());
                        long millis = (System.nanoTime() - began) / 1_000_000;
                        calls.add(new Call(stream, reply.statusCode(), millis, stream && reply.body().contains("\"error\"")));
                        Thread.sleep(100);
                    }
                    return null;
                });
            }
            long firstBack = backAfter(first, start[0] + FAULTS_MS);
            long secondBack = backAfter(second, start[0] + FAULTS_MS + 3000);
            stop.set(true);
            callers.shutdown();
            assertTrue(callers.awaitTermination(DEADLINE.toSeconds() + 10, TimeUnit.SECONDS));

            List<Call> all = new ArrayList<>(calls);
            long fiveXx = all.stream().filter(c -> c.status() >= 500).count();
            long otherErrors = all.stream().filter(c -> c.status() != 200 && c.status() < 500).count();
            long cut = all.stream().filter(Call::cutMidStream).count();
            long maxMillis = all.stream().mapToLong(Call::millis).max().orElse(0);
            System.out.printf("FaultToleranceTest: %d calls (%d JSON, %d streamed), %d 5xx, %d other non-200, %d streams cut mid-way,"
                            + " max latency %d ms (deadline %d ms); faulted answers first=%d second=%d, healthy answers"
                            + " steady=%d first=%d second=%d; back in service after recovery: first %.1f s, second %.1f s%n",
                    all.size(), all.stream().filter(c -> !c.stream()).count(), all.stream().filter(Call::stream).count(), fiveXx,
                    otherErrors, cut, maxMillis, DEADLINE.toMillis(), first.faulted(), second.faulted(), steady.answered(),
                    first.answered(), second.answered(), firstBack / 1000.0, secondBack / 1000.0);
            assertEquals(0, fiveXx, "callers saw 5xx");
            assertEquals(0, otherErrors, "callers saw errors");
            assertTrue(maxMillis < DEADLINE.toMillis() + 3000, "a call took " + maxMillis + " ms");
            assertTrue(firstBack < 60_000 && secondBack < 60_000, "an account did not come back within 60 s");
        }
    }

    /** Milliseconds from {@code recovered} until the upstream answered a call again; waits at most 60 s past it. */
    private static long backAfter(FaultyUpstream upstream, long recovered) throws InterruptedException {
        while (upstream.firstAnswerAfter(recovered).isEmpty() && System.currentTimeMillis() < recovered + 60_000) {
            Thread.sleep(100);
        }
        return upstream.firstAnswerAfter(recovered).orElse(Long.MAX_VALUE) - recovered;
    }
}
