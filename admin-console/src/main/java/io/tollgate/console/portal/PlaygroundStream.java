package io.tollgate.console.portal;

import io.tollgate.application.relay.StreamSink;
import io.tollgate.domain.relay.UpstreamFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The playground's event stream: the platform's chunks as they come, then one {@code usage} event (what the call
 * cost and who paid, read once the call is settled) and {@code [DONE]}, or one {@code error} event.
 */
final class PlaygroundStream implements StreamSink {

    private final OutputStream out;
    private final Supplier<String> usageJson;
    private boolean open = true;

    PlaygroundStream(OutputStream out, Supplier<String> usageJson) {
        this.out = out;
        this.usageJson = usageJson;
    }

    @Override
    public boolean write(byte[] bytes) {
        if (!open) {
            return false;
        }
        try {
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException callerGone) {
            open = false;
            return false;
        }
    }

    @Override
    public void finish() {
        write(("event: usage\ndata: " + usageJson.get() + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void fail(UpstreamFailure failure) {
        error("upstream_failed");
    }

    @Override
    public void deadlineExceeded(Duration deadline) {
        error("deadline_exceeded");
    }

    private void error(String code) {
        write(("event: error\ndata: {\"error\":{\"code\":\"" + code + "\"}}\n\n").getBytes(StandardCharsets.UTF_8));
    }
}
