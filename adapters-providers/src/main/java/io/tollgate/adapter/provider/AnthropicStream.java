package io.tollgate.adapter.provider;

import com.fasterxml.jackson.databind.JsonNode;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/** An Anthropic Messages SSE stream, read one event at a time and handed on as OpenAI chunks. */
final class AnthropicStream implements UpstreamStream {

    private final Exchange exchange;
    private final LineReader lines;
    private final AnthropicChunks chunks;
    private final ScheduledExecutorService timer;
    private final Duration idle;
    private final Function<byte[], UpstreamFailure> classify;
    private final Deque<StreamEvent> pending = new ArrayDeque<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean idledOut = new AtomicBoolean();
    private boolean ended;

    /** {@code classify} turns an error event's payload into a failure. */
    AnthropicStream(Exchange exchange, AnthropicChunks chunks, ScheduledExecutorService timer, Duration idle,
                    Function<byte[], UpstreamFailure> classify) {
        this.exchange = exchange;
        this.lines = new LineReader(exchange.body(), SseStream.MAX_LINE);
        this.chunks = chunks;
        this.timer = timer;
        this.idle = idle;
        this.classify = classify;
    }

    @Override
    public StreamEvent next() {
        if (ended) {
            return failed(502, "the stream has already ended");
        }
        if (cancelled.get()) {
            return end(interrupted("the stream was cancelled"));
        }
        // The watchdog drops the connection when the platform goes quiet; it also bounds the wait for the rest of
        // the body after message_stop, read so the connection can go back to the pool.
        ScheduledFuture<?> watchdog = timer.schedule(this::idleOut, idle.toMillis(), TimeUnit.MILLISECONDS);
        try {
            StreamEvent event = pending.isEmpty() ? read() : pending.poll();
            return event instanceof StreamEvent.Data ? event : end(event);
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof SocketTimeoutException) {
                idledOut.set(true);
            }
            return end(interrupted("the connection broke: " + broken.getMessage()));
        } finally {
            watchdog.cancel(false);
        }
    }

    private StreamEvent end(StreamEvent last) {
        ended = true;
        pending.clear();
        exchange.close(last instanceof StreamEvent.Done && !cancelled.get() && !idledOut.get());
        return last;
    }

    private StreamEvent read() throws IOException {
        String eventName = "";
        while (true) {
            byte[] line = lines.next();
            if (line == null) {
                return interrupted("the stream ended without message_stop");
            }
            String text = new String(line, StandardCharsets.UTF_8);
            if (text.startsWith("event:")) {
                eventName = text.substring(6).strip();
            } else if (text.startsWith("data:")) {
                byte[] payload = Arrays.copyOfRange(line, text.startsWith("data: ") ? 6 : 5, line.length);
                JsonNode event;
                try {
                    event = AnthropicRequest.JSON.readTree(payload);
                } catch (IOException malformed) {
                    return failed(502, "the platform sent a malformed event");
                }
                if (eventName.equals("error") || event.path("type").asText().equals("error")) {
                    return new StreamEvent.Failed(classify.apply(payload));
                }
                pending.addAll(chunks.on(event));
                if (!pending.isEmpty()) {
                    return pending.poll();
                }
            } else if (line.length == 0) {
                eventName = "";
            }
        }
    }

    private StreamEvent interrupted(String why) {
        if (idledOut.get()) {
            return failed(504, "no stream event for " + idle.toMillis() + " ms");
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
}
