package io.tollgate.application.relay;

import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamStream;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.time.Duration;
import java.util.Optional;

/**
 * A stream that has begun: forwards each event's bytes as they come, keeps the usage chunk from callers who
 * did not ask for it, and settles before the sink finishes the stream. A caller who leaves cancels the upstream
 * call and pays for what was delivered; an upstream failure ends the stream with the sink's error event.
 */
public final class StreamSession {

    private final UpstreamStream stream;
    private final StreamEvent first;
    private final AttemptVerdict verdict;
    private final ProviderAccount account;
    private final Duration deadline;
    private final boolean wantsUsage;
    private final CallMeter meter;

    StreamSession(UpstreamStream stream, StreamEvent first, AttemptVerdict verdict, Duration deadline, boolean wantsUsage,
                  CallMeter meter) {
        this.stream = stream;
        this.first = first;
        this.verdict = verdict;
        this.account = verdict.pick().account();
        this.deadline = deadline;
        this.wantsUsage = wantsUsage;
        this.meter = meter;
    }

    public void pumpTo(StreamSink sink) {
        StringBuilder delivered = new StringBuilder();
        Optional<Usage> usage = Optional.empty();
        StreamEvent event = first;
        try {
            while (true) {
                switch (event) {
                    case StreamEvent.Data data -> {
                        usage = data.usage().isPresent() ? data.usage() : usage;
                        if (!(data.usageOnly() && !wantsUsage)) {
                            if (!sink.write(data.bytes(), stream.ready())) {
                                stream.cancel();
                                verdict.released();
                                meter.settle(Optional.of(account), meter.estimate(delivered), UsageRecord.Status.CLIENT_CLOSED, Optional.empty(), delivered);
                                return;
                            }
                            delivered.append(data.text());
                        }
                    }
                    case StreamEvent.Done ignored -> {
                        verdict.succeeded();
                        meter.settle(Optional.of(account), usage.orElseGet(() -> meter.estimate(delivered)), UsageRecord.Status.OK, Optional.empty(), delivered);
                        sink.finish();
                        return;
                    }
                    case StreamEvent.Failed failed -> {
                        stream.cancel();
                        Usage used = usage.orElseGet(() -> meter.estimate(delivered));
                        meter.noteFailure(failed.failure().message());
                        meter.settle(Optional.of(account), used, UsageRecord.Status.FAILED, Optional.of(failed.failure().failureClass()), delivered);
                        verdict.failed(failed.failure());
                        if (verdict.deadlinePassed()) {
                            sink.deadlineExceeded(deadline);
                        } else {
                            sink.fail(failed.failure());
                        }
                        return;
                    }
                }
                event = stream.next();
            }
        } catch (RuntimeException fault) {
            stream.cancel();
            verdict.released();
            meter.settle(Optional.of(account), meter.estimate(delivered), UsageRecord.Status.FAILED, Optional.of(FailureClass.TRANSIENT));
            throw fault;
        }
    }

    /** The caller cannot be written to at all: cancels upstream and settles for nothing delivered. */
    public void abandon() {
        stream.cancel();
        verdict.released();
        meter.settle(Optional.of(account), meter.estimate(""), UsageRecord.Status.CLIENT_CLOSED, Optional.empty());
    }
}
