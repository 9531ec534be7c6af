package io.tollgate.application.relay;

import static io.tollgate.application.relay.ScriptedProvider.chunk;
import static io.tollgate.application.relay.ScriptedProvider.fail;
import static io.tollgate.application.relay.ScriptedProvider.ok;
import static io.tollgate.application.relay.ScriptedProvider.stream;
import static io.tollgate.application.relay.ScriptedProvider.usageChunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.tollgate.domain.account.AccountCall;
import io.tollgate.domain.account.CallSummary;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.ModelRoute;
import io.tollgate.domain.relay.StreamEvent;
import io.tollgate.domain.relay.UpstreamFailure;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What a call on an own account records as its answer: the text the platform's adapter read, or what a stream delivered. */
class OwnCallSummaryTest {

    private final RelayFixture f = new RelayFixture();
    private final User bob = f.user("bob", "0");
    private final ProviderAccount account = f.account("a", 1_000_000);
    private final Model model = new Model(RelayFixture.MODEL, List.of(new ModelRoute(Platform.OPENAI, RelayFixture.MODEL)),
            ModelPrice.FREE, true);

    private RelayOutcome call(boolean stream) {
        byte[] body = ("{\"model\":\"" + RelayFixture.MODEL + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        ChatCall call = new ChatCall(RelayFixture.MODEL, body, stream, false, OptionalLong.empty());
        CallMeter meter = new CallMeter(f.metering, f.pool, new WordCounter(), f.clock, new Payer.Owner(bob, f.calls, "hi"),
                "req-1", model, call);
        return new Attempts(f.pool, Map.of(Platform.OPENAI, f.platform), new RelaySettings(3), f.clock, meter, model, call).run();
    }

    private String answer() {
        return f.calls.page(account.id(), 0, 10).getFirst().summary().response();
    }

    private String streamed(String... pieces) {
        List<StreamEvent> events = new ArrayList<>();
        for (String piece : pieces) {
            events.add(chunk(piece));
        }
        events.add(usageChunk(1, pieces.length));
        f.platform.next(account.id(), stream(new FakeStream(events)));
        assertInstanceOf(RelayOutcome.Streaming.class, call(true)).session().pumpTo(new StreamSink() {
            @Override
            public boolean write(byte[] bytes) {
                return true;
            }

            @Override
            public void finish() {}

            @Override
            public void fail(UpstreamFailure failure) {}

            @Override
            public void deadlineExceeded(java.time.Duration deadline) {}
        });
        return answer();
    }

    @Test
    void theCallRecordsTheAccountsItTriedThatFailed() {
        ProviderAccount spare = f.account("spare", 1_000);
        f.platform.next(account.id(), fail(FailureClass.RATE, 429, "slow down")).next(spare.id(), ok("from spare", 1, 2));

        assertInstanceOf(RelayOutcome.Answered.class, call(false));

        assertEquals(List.of(new AccountCall.Attempt(account.id(), FailureClass.RATE)),
                f.calls.page(spare.id(), 0, 10).getFirst().attempts());
    }

    @Test
    void aWholeReplyIsSummarizedByItsAnswerText() {
        f.platform.next(account.id(), ok("Hello there", 1, 2));

        assertInstanceOf(RelayOutcome.Answered.class, call(false));

        assertEquals("Hello there", answer());
    }

    @Test
    void aLongAnswerIsCutToTheSummaryLengthAndSaysSo() {
        f.platform.next(account.id(), ok("x".repeat(300), 1, 2));

        call(false);

        assertEquals("x".repeat(CallSummary.MAX - 1) + "…", answer());
    }

    @Test
    void aStreamedAnswerIsSummarizedByTheTextDelivered() {
        assertEquals("plain answer", streamed("plain", " answer"));
    }

    @Test
    void aStreamedAnswerThatLooksLikeJsonIsKeptAsTheTextDelivered() {
        assertEquals("{\"content\": \"x\"} and more", streamed("{\"content\": \"x\"}", " and more"));
    }
}
