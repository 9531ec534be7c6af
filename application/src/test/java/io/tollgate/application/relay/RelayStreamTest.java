package io.tollgate.application.relay;

import static io.tollgate.application.relay.ScriptedProvider.chunk;
import static io.tollgate.application.relay.ScriptedProvider.stream;
import static io.tollgate.application.relay.ScriptedProvider.usageChunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.breaker.Breaker;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.UpstreamStream;
import io.tollgate.domain.relay.UsageRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelayStreamTest {

    private final RelayFixture f = new RelayFixture();
    private final User alice = f.user("alice", "100");
    private final String key = f.key(alice, List.of(), 0);
    private final ProviderAccount a = f.account("a", 2_000_000);
    private final ProviderAccount b = f.account("b", 1_000_000);

    /**
     * Collects what the caller receives, the stream's end as {@code <finish>} or {@code <fail: message>}; stops
     * accepting after {@code accept} writes, as a caller who hangs up.
     */
    private static final class Caller implements StreamSink {
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        int accept = Integer.MAX_VALUE;

        @Override
        public boolean write(byte[] bytes) {
            if (accept-- <= 0) {
                return false;
            }
            received.writeBytes(bytes);
            return true;
        }

        @Override
        public void finish() {
            received.writeBytes("<finish>".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void fail(UpstreamFailure failure) {
            received.writeBytes(("<fail: " + failure.message() + ">").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void deadlineExceeded(Duration deadline) {
            received.writeBytes(("<deadline: " + deadline.toSeconds() + " s>").getBytes(StandardCharsets.UTF_8));
        }

        String text() {
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private Caller pump(boolean wantsUsage, int accept) {
        RelayOutcome.Streaming streaming = assertInstanceOf(RelayOutcome.Streaming.class, f.chat(key, true, wantsUsage, 50));
        Caller caller = new Caller();
        caller.accept = accept;
        streaming.session().pumpTo(caller);
        return caller;
    }

    private UsageRecord onlyRecord() {
        List<UsageRecord> records = f.metering.usage(alice.id(), 0, 10);
        assertEquals(1, records.size());
        return records.get(0);
    }

    @Test
    void theUsageChunkReachesOnlyCallersWhoAskedAndTheStreamIsFinishedLast() {
        for (boolean asked : new boolean[] {false, true}) {
            f.platform.next(a.id(), stream(new FakeStream(List.of(chunk("Hello"), chunk(" there"), usageChunk(10, 5)))));
            f.platform.next(b.id(), stream(new FakeStream(List.of(chunk("Hello"), chunk(" there"), usageChunk(10, 5)))));

            String received = pump(asked, Integer.MAX_VALUE).text();

            assertTrue(received.contains("Hello") && received.contains(" there"));
            assertEquals(asked, received.contains("\"usage\""), received);
            assertTrue(received.endsWith("\n\n<finish>"), received);
            assertEquals(1, received.split("<", -1).length - 1, "finished once, and nothing failed: " + received);
        }
        assertEquals(Points.exactly("99.96"), f.balance(alice));
        assertFalse(f.metering.usage(alice.id(), 0, 1).get(0).usage().estimated());
    }

    @Test
    void aFailureAfterTheFirstByteEndsTheStreamWithAnErrorAndNoSecondAnswer() {
        f.platform.next(a.id(), stream(new FakeStream(List.of(chunk("Hello"), chunk(" world"),
                new StreamEvent.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "connection reset"))))));
        f.platform.next(b.id(), stream(new FakeStream(List.of(chunk("Hello"), chunk(" world"), usageChunk(10, 5)))));

        String received = pump(true, Integer.MAX_VALUE).text();

        assertTrue(received.endsWith("\n\n<fail: connection reset>"), received);
        assertFalse(received.contains("<finish>"), received);
        assertEquals(1, received.split("Hello", -1).length - 1, "one answer only");
        assertEquals(1, f.platform.calls.size());
        UsageRecord record = onlyRecord();
        assertEquals(UsageRecord.Status.FAILED, record.status());
        assertTrue(record.usage().estimated());
        assertEquals(2, record.usage().completionTokens());
        assertEquals(1, f.pool.breaker(a.id()).failures(), "a stream that breaks is a failure of its account");
    }

    @Test
    void threeStreamsThatBreakInARowOpenTheAccountsBreakerAndTheNextCallGoesElsewhere() {
        for (int i = 0; i < 3; i++) {
            f.platform.next(a.id(), stream(new FakeStream(List.of(chunk("Hello"),
                    new StreamEvent.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 502, "connection reset"))))));
            pump(true, Integer.MAX_VALUE);
        }

        assertEquals(Breaker.State.OPEN, f.pool.breaker(a.id()).state());
        f.platform.next(b.id(), stream(new FakeStream(List.of(chunk("fine"), usageChunk(10, 5)))));
        pump(true, Integer.MAX_VALUE);
        assertEquals(List.of(a.id(), a.id(), a.id(), b.id()), f.platform.calls);
    }

    @Test
    void theRequestDeadlineEndsAStreamWithItsOwnErrorEventAndDoesNotCountAgainstTheAccount() {
        FakeStream slow = new FakeStream(List.of(chunk("Hello"), new StreamEvent.Failed(UpstreamFailure.of(
                FailureClass.TRANSIENT, 504, "the request's deadline passed"))));
        f.platform.next(a.id(), () -> new UpstreamResult.Streaming(new UpstreamStream() {
            @Override
            public StreamEvent next() {
                f.clock.advance(Duration.ofSeconds(200));
                return slow.next();
            }

            @Override
            public void cancel() {
                slow.cancel();
            }
        }));

        String received = pump(true, Integer.MAX_VALUE).text();

        assertTrue(received.endsWith("<deadline: 300 s>"), received);
        assertEquals(0, f.pool.breaker(a.id()).failures());
    }

    @Test
    void aCallerWhoHangsUpCancelsUpstreamAndPaysForWhatWasDelivered() {
        FakeStream upstream = new FakeStream(List.of(chunk("one"), chunk(" two"), chunk(" three"), chunk(" four"), usageChunk(10, 400)));
        f.platform.next(a.id(), stream(upstream));

        pump(false, 2);

        assertTrue(upstream.cancelled);
        UsageRecord record = onlyRecord();
        assertEquals(UsageRecord.Status.CLIENT_CLOSED, record.status());
        assertTrue(record.usage().estimated());
        assertEquals(2, record.usage().completionTokens(), "one and two reached the caller; three was refused");
        Points expected = Points.exactly("100").minus(record.cost());
        assertEquals(expected, f.balance(alice));
        assertTrue(record.cost().isPositive());
        assertEquals(Points.ZERO, f.metering.held(alice.id()));
    }

    @Test
    void aStreamThatFailsBeforeItsFirstEventFailsOverToAnotherAccount() {
        FakeStream broken = new FakeStream(List.of(new StreamEvent.Failed(UpstreamFailure.of(FailureClass.RATE, 429, "busy"))));
        f.platform.next(a.id(), stream(broken));
        f.platform.next(b.id(), stream(new FakeStream(List.of(chunk("fine"), usageChunk(10, 5)))));

        String received = pump(false, Integer.MAX_VALUE).text();

        assertTrue(received.contains("fine"));
        assertTrue(broken.cancelled);
        assertEquals(List.of(a.id(), b.id()), f.platform.calls);
    }
}
