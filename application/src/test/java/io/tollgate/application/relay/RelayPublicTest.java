package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.relay.RelayFailure.PublicLimitReached.Limit;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.PublicAccess;
import io.tollgate.domain.relay.UsageRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Keyless calls to public models: served within the daily limits, recorded for nobody; keys billed as usual. */
class RelayPublicTest {

    private final RelayFixture f = new RelayFixture();

    private void makePublic(long dailyTokens, long ipDailyRequests, long ipDailyTokens) {
        Model model = f.models.byName(RelayFixture.MODEL).orElseThrow();
        f.models.update(new Model(model.name(), model.routes(), model.price(), true,
                Optional.of(new PublicAccess(dailyTokens, ipDailyRequests, ipDailyTokens))));
        f.account("a", 0);
    }

    private RelayOutcome keyless(String apiKey, String ip) {
        byte[] body = ("{\"model\":\"" + RelayFixture.MODEL + "\",\"messages\":[]}").getBytes(StandardCharsets.UTF_8);
        ChatCall call = new ChatCall(RelayFixture.MODEL, body, false, false, OptionalLong.of(5));
        return f.relay.relay(new RelayChat.Command(apiKey, call, "req-" + System.nanoTime(), ip));
    }

    private static Limit refusedFor(RelayOutcome outcome) {
        return assertInstanceOf(RelayFailure.PublicLimitReached.class, outcome).limit();
    }

    @Test
    void aKeylessCallToAPublicModelIsAnsweredAndRecordedForNobodyAtNoCost() {
        makePublic(0, 0, 0);

        assertInstanceOf(RelayOutcome.Answered.class, keyless(null, "203.0.113.1"));
        assertInstanceOf(RelayOutcome.Answered.class, keyless("  ", "203.0.113.1"));

        List<UsageRecord> records = f.metering.unbilled();
        assertEquals(2, records.size());
        assertEquals(Optional.empty(), records.getFirst().user());
        assertEquals(Optional.empty(), records.getFirst().key());
        assertEquals(Points.ZERO, records.getFirst().cost());
        assertEquals(15, records.getFirst().usage().totalTokens());
        assertEquals(30, f.publicUsage.ipTokens(RelayFixture.MODEL, "203.0.113.1", f.pool.quotaDay()));
    }

    @Test
    void aKeylessCallToAPrivateModelIsAnInvalidKey() {
        f.account("a", 0);

        assertInstanceOf(RelayFailure.InvalidKey.class, keyless(null, "203.0.113.1"));
        assertTrue(f.metering.unbilled().isEmpty());
    }

    @Test
    void aWrongKeyOnAPublicModelIsAnInvalidKeyNotAFreeCall() {
        makePublic(0, 0, 0);

        assertInstanceOf(RelayFailure.InvalidKey.class, keyless("sk-wrong", "203.0.113.1"));
    }

    @Test
    void theIpRequestCapRefusesTheNextRequestButNotAnotherIp() {
        makePublic(0, 2, 0);

        assertInstanceOf(RelayOutcome.Answered.class, keyless(null, "203.0.113.1"));
        assertInstanceOf(RelayOutcome.Answered.class, keyless(null, "203.0.113.1"));
        RelayOutcome third = keyless(null, "203.0.113.1");

        assertEquals(Limit.IP_DAILY_REQUESTS, refusedFor(third));
        assertEquals(Instant.parse("2026-03-01T16:00:00Z"), ((RelayFailure.PublicLimitReached) third).resetAt());
        assertInstanceOf(RelayOutcome.Answered.class, keyless(null, "203.0.113.2"));
    }

    @Test
    void theCapsStartAgainOnTheNextQuotaDay() {
        makePublic(0, 1, 0);
        keyless(null, "203.0.113.1");
        assertEquals(Limit.IP_DAILY_REQUESTS, refusedFor(keyless(null, "203.0.113.1")));

        f.clock.advance(java.time.Duration.ofHours(12));

        assertInstanceOf(RelayOutcome.Answered.class, keyless(null, "203.0.113.1"));
    }

    @Test
    void theModelsTokenPoolRefusesEveryIpOnceUsedUp() {
        makePublic(20, 0, 0);

        assertInstanceOf(RelayOutcome.Answered.class, keyless(null, "203.0.113.1"));
        assertInstanceOf(RelayOutcome.Answered.class, keyless(null, "203.0.113.2"));

        assertEquals(Limit.PUBLIC_DAILY_TOKENS, refusedFor(keyless(null, "203.0.113.3")));
        assertEquals(2, f.platform.calls.size());
    }

    @Test
    void anIpsTokenCapRefusesThatIpOnly() {
        makePublic(0, 0, 15);

        assertInstanceOf(RelayOutcome.Answered.class, keyless(null, "203.0.113.1"));

        assertEquals(Limit.IP_DAILY_TOKENS, refusedFor(keyless(null, "203.0.113.1")));
        assertInstanceOf(RelayOutcome.Answered.class, keyless(null, "203.0.113.2"));
    }

    @Test
    void aValidKeyOnAPublicModelIsBilledAsUsualAndUsesNoPublicLimit() {
        makePublic(1, 1, 1);
        User alice = f.user("alice", "1");
        String key = f.key(alice, List.of(), 0);

        assertInstanceOf(RelayOutcome.Answered.class, f.chat(key, false, false, 5));
        assertInstanceOf(RelayOutcome.Answered.class, f.chat(key, false, false, 5));

        assertEquals(Points.exactly("0.96"), f.balance(alice));
        assertEquals(2, f.metering.usage(alice.id(), 0, 10).size());
        assertTrue(f.metering.unbilled().isEmpty());
    }
}
