package io.tollgate.adapter.http.relay.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.adapter.http.relay.FlushCounter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How often a Messages stream's events are flushed to the caller. */
class MessagesSinkTest {

    private static byte[] event(String name, String data) {
        return ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eventsThatArrivedTogetherShareOneFlushAndMessageStopGoesOutWithTheReplysEnd() {
        FlushCounter out = new FlushCounter();
        MessagesSink sink = new MessagesSink(out, () -> {}, "claude-asked");

        sink.write(event("message_start", "{\"type\":\"message_start\",\"message\":{\"model\":\"platform-own\"}}"), true);
        sink.write(event("content_block_delta", "{\"type\":\"content_block_delta\"}"), true);
        sink.write(event("message_delta", "{\"type\":\"message_delta\"}"), false);
        assertEquals(1, out.flushes(), "the second and third events were there when the first was written");
        sink.finish();

        assertEquals(1, out.flushes());
        assertTrue(out.text().contains("\"model\":\"claude-asked\""), out.text());
        assertTrue(out.text().endsWith("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"), out.text());
    }

    @Test
    void anEventWithNoneBehindItIsFlushedAtOnce() {
        FlushCounter out = new FlushCounter();
        MessagesSink sink = new MessagesSink(out, () -> {}, "claude-asked");

        sink.write(event("content_block_delta", "{\"type\":\"content_block_delta\"}"), false);
        sink.write(event("content_block_delta", "{\"type\":\"content_block_delta\"}"));

        assertEquals(2, out.flushes());
    }
}
