package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.AccountHealth;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.kind.ModelKind;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.ModelRoute;
import io.tollgate.domain.relay.UpstreamResult;
import io.tollgate.domain.relay.Usage;
import io.tollgate.domain.relay.UsageRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RelayKindsTest {

    private static final String EMBEDDING = "text-embedding-3-small";
    /** Six words as the word counter splits it: the hold counts 6 input tokens. */
    private static final String BODY = "{\"model\": \"text-embedding-3-small\", \"input\": \"one two three\"}";

    private final RelayFixture f = new RelayFixture();

    RelayKindsTest() {
        f.models.add(new Model(EMBEDDING, List.of(new ModelRoute(Platform.OPENAI, EMBEDDING)),
                new ModelPrice(Points.exactly("1000"), Points.exactly("99999"), Points.exactly("0.5")), true, Optional.empty(),
                Model.DEFAULT_MAX_OUTPUT_TOKENS, ModelKind.EMBEDDING));
    }

    private ProviderAccount account(String name, long dailyQuota) {
        return f.manageAccounts.add(id -> new ProviderAccount(id, Platform.OPENAI, name, "http://127.0.0.1:1/v1",
                Set.of(RelayFixture.MODEL, EMBEDDING), dailyQuota, 1, AccountHealth.ENABLED, Map.of()), "sk-" + name, "test");
    }

    private RelayOutcome embed(String key) {
        return f.relay.relay(new RelayChat.Command(key, ChatCall.json(ModelKind.EMBEDDING, EMBEDDING,
                BODY.getBytes(StandardCharsets.UTF_8)), "req-" + System.nanoTime(), "203.0.113.7"));
    }

    @Test
    void anEmbeddingIsBilledOnItsInputTokensOnlyAndRecordsItsKindAndUnits() {
        User alice = f.user("alice", "10");
        String key = f.key(alice, List.of(), 0);
        ProviderAccount account = account("a", 0);
        f.platform.next(account.id(), () -> new UpstreamResult.Completed("{\"data\":[]}".getBytes(StandardCharsets.UTF_8),
                Optional.of(new Usage(4, 7, false)), ""));

        assertInstanceOf(RelayOutcome.Answered.class, embed(key));

        UsageRecord record = f.metering.usage(alice.id(), 0, 10).getFirst();
        // 4 × 1000 / 1M + 0.5: the output price and the 7 "completion" tokens do not count
        assertEquals(Points.exactly("0.504"), record.cost());
        assertEquals(ModelKind.EMBEDDING, record.kind());
        assertEquals(4, record.units());
        assertEquals(Points.exactly("9.496"), f.balance(alice));
        assertEquals(ModelKind.EMBEDDING, f.platform.requests.getFirst().kind());
        assertTrue(f.platform.requests.getFirst().maxOutputTokens().isEmpty(), "an embedding has no output to bound");
    }

    @Test
    void theHoldOfAnEmbeddingIsItsInputWithoutAnyOutput() {
        // 6 tokens × 1000 / 1M + 0.5 = 0.506: a chat hold would add 4096 tokens of output at 99 999 per million
        User poor = f.user("poor", "0.506");
        account("a", 0);
        assertInstanceOf(RelayOutcome.Answered.class, embed(f.key(poor, List.of(), 0)));
        User poorer = f.user("poorer", "0.505");
        assertInstanceOf(RelayFailure.InsufficientBalance.class, embed(f.key(poorer, List.of(), 0)));
    }

    @Test
    void aModelCalledThroughAnotherKindsEndpointIsRefusedNamingTheRightOneAndNothingIsCalled() {
        User alice = f.user("alice", "10");
        String key = f.key(alice, List.of(), 0);
        account("a", 0);

        RelayOutcome chatOnEmbedding = f.relay.relay(new RelayChat.Command(key, new ChatCall(EMBEDDING,
                BODY.getBytes(StandardCharsets.UTF_8), false, false, OptionalLong.empty()), "r1", "203.0.113.7"));
        RelayOutcome embeddingOnChat = f.relay.relay(new RelayChat.Command(key, ChatCall.json(ModelKind.EMBEDDING,
                RelayFixture.MODEL, BODY.getBytes(StandardCharsets.UTF_8)), "r2", "203.0.113.7"));

        assertEquals(new RelayFailure.WrongEndpoint(EMBEDDING, ModelKind.EMBEDDING), chatOnEmbedding);
        assertEquals(new RelayFailure.WrongEndpoint(RelayFixture.MODEL, ModelKind.CHAT), embeddingOnChat);
        assertTrue(f.platform.calls.isEmpty());
        assertEquals(Points.exactly("10"), f.balance(alice));
    }

    @Test
    void anEmbeddingFailsOverLikeChat() {
        User alice = f.user("alice", "10");
        ProviderAccount broken = account("a", 0);
        ProviderAccount healthy = account("b", 0);
        f.platform.always(broken.id(), ScriptedProvider.fail(FailureClass.TRANSIENT, 503, "down"));
        f.platform.always(healthy.id(), () -> new UpstreamResult.Completed(new byte[] {'{', '}'},
                Optional.of(new Usage(4, 0, false)), ""));

        assertInstanceOf(RelayOutcome.Answered.class, embed(f.key(alice, List.of(), 0)));
        assertEquals(Points.exactly("9.496"), f.balance(alice));
    }
}
