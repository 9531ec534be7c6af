package io.tollgate.adapter.provider.transport;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** A platform's SSE stream read one event at a time, each translated by its frames into exactly {@code data: …\n\n}. */
public final class SseStream implements UpstreamStream {

    static final int MAX_LINE = 4 * 1024 * 1024;

    private final Exchange exchange;
    private final LineReader lines;
    private final Watchdogs timer;
    private final Timeouts timeouts;
    private final Clock clock;
    private final SseFrames frames;
    private final Deque<StreamEvent> pending = new ArrayDeque<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean idledOut = new AtomicBoolean();
    private Watchdogs.Watch watchdog;
    private boolean ended;

    /** {@code frames} turns each data line into the caller's events; no read waits past the timeouts' deadline. */
    public SseStream(Exchange exchange, Watchdogs timer, Timeouts timeouts, Clock clock, SseFrames frames) {
        this.exchange = exchange;
        this.lines = new LineReader(exchange.body(), MAX_LINE);
        this.timer = timer;
        this.timeouts = timeouts;
        this.clock = clock;
        this.frames = frames;
    }

    @Override
    public StreamEvent next() {
        if (ended) {
            return failed(502, "the stream has already ended");
        }
        if (cancelled.get()) {
            // Events already buffered are not worth handing out once the caller has given up.
            return end(interrupted("the stream was cancelled"));
        }
        try {
            StreamEvent event = read();
            return event instanceof StreamEvent.Data ? event : end(event);
        } catch (IOException | RuntimeException broken) {
            return end(interrupted("the connection broke: " + broken.getMessage()));
        } finally {
            if (watchdog != null) {
                watchdog.close();
                watchdog = null;
            }
        }
    }

    /**
     * Before a read that may wait, a watchdog that drops the connection when the platform goes quiet; a line already
     * buffered needs none, so events that arrived together are read without one each.
     */
    private void watchTheRead() {
        if (watchdog == null) {
            watchdog = watchFromNow();
        }
    }

    private Watchdogs.Watch watchFromNow() {
        return timer.watch(timeouts.idleFrom(clock.instant()), this::idleOut);
    }

    private StreamEvent end(StreamEvent last) {
        ended = true;
        boolean reuse = last instanceof StreamEvent.Done && !cancelled.get() && !idledOut.get();
        if (reuse && watchdog == null) {
            // The rest of the body after [DONE] is read so the connection can go back to the pool: that read may wait.
            watchdog = watchFromNow();
        }
        exchange.close(reuse);
        return last;
    }

    private StreamEvent read() throws IOException {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        String event = "";
        while (true) {
            byte[] line = lines.next(this::watchTheRead);
            if (line == null) {
                return interrupted("the stream ended without [DONE]");
            }
            List<StreamEvent> events = List.of();
            if (startsWith(line, "event:")) {
                event = new String(line, 6, line.length - 6, StandardCharsets.UTF_8).strip();
            } else if (startsWith(line, "data:")) {
                // Spark writes "data:" with no space; the caller always gets "data: ".
                int from = line.length > 5 && line[5] == ' ' ? 6 : 5;
                events = frames.translate(event, line, from, line.length - from);
            } else if (line.length > 0 && line[0] == '{') {
                // A platform that fails after 200 may write a bare JSON error instead of an SSE event.
                events = frames.translate("error", line, 0, line.length);
            } else if (line.length == 0) {
                event = "";
            }
            if (!events.isEmpty()) {
                pending.addAll(events.subList(1, events.size()));
                return events.get(0);
            }
        }
    }

    @Override
    public boolean ready() {
        if (ended || !pending.isEmpty() || lines.hasBufferedLine()) {
            return !ended;
        }
        try {
            if (!lines.moreArrived()) {
                return false;
            }
            // Only bytes already here are read, but a next chunk cut short inside its size line would wait for the rest.
            Watchdogs.Watch arrivals = watchFromNow();
            try {
                return lines.readArrived();
            } finally {
                arrivals.close();
            }
        } catch (IOException broken) {
            // The next read meets the break and ends the stream; until then nothing is ready.
            return false;
        }
    }

    private StreamEvent interrupted(String why) {
        if (idledOut.get()) {
            return failed(504, timeouts.idleFrom(clock.instant()).compareTo(timeouts.idle()) < 0 ? "the request's deadline passed"
                    : "no stream event for " + timeouts.idle().toMillis() + " ms");
        }
        return failed(502, cancelled.get() ? "the stream was cancelled" : why);
    }

    private static StreamEvent failed(int status, String message) {
        return new StreamEvent.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, status, message));
    }

    private void idleOut() {
        idledOut.set(true);
        exchange.abort();
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            exchange.abort();
        }
    }

    private static boolean startsWith(byte[] line, String prefix) {
        if (line.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
