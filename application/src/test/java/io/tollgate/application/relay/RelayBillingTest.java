package io.tollgate.application.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RelayBillingTest {

    private final RelayFixture f = new RelayFixture();

    @Test
    void fiveHundredConcurrentCallsOnABalanceForTwoHundredFiftyNeverOverdraw() throws Exception {
        User alice = f.user("alice", "5");
        String key = f.key(alice, List.of(), 0);
        f.account("a", 0);
        f.account("b", 0);
        List<Future<RelayOutcome>> calls = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 500; i++) {
                // max_tokens 5: the hold (10 prompt + 5 completion tokens) is exactly what a call costs, 0.02 points.
                calls.add(pool.submit(() -> f.chat(key, false, false, 5)));
            }
        }
        int answered = 0;
        int refused = 0;
        for (Future<RelayOutcome> call : calls) {
            switch (call.get()) {
                case RelayOutcome.Answered ignored -> answered++;
                case RelayFailure.InsufficientBalance ignored -> refused++;
                default -> throw new AssertionError("unexpected " + call.get());
            }
        }
        List<UsageRecord> records = f.metering.usage(alice.id(), 0, 1000);
        Points charged = records.stream().map(UsageRecord::cost).reduce(Points.ZERO, Points::plus);

        assertEquals(250, answered);
        assertEquals(250, refused);
        assertEquals(250, records.size(), "a refused call leaves no record");
        assertEquals(Points.exactly("5"), charged);
        assertEquals(Points.ZERO, f.balance(alice));
        assertEquals(Points.ZERO, f.metering.held(alice.id()));
    }

    @Test
    void aBalanceBelowTheEstimateIsRefusedBeforeAnyPlatformIsCalled() {
        User bob = f.user("bob", "0.01");
        String key = f.key(bob, List.of(), 0);
        f.account("a", 0);

        RelayFailure.InsufficientBalance poor = assertInstanceOf(RelayFailure.InsufficientBalance.class, f.chat(key, false, false, 50));

        assertEquals(Points.exactly("0.01"), poor.available());
        assertEquals(Points.exactly("0.11"), poor.needed());
        assertEquals(List.of(), f.platform.calls);
        assertEquals(List.of(), f.metering.usage(bob.id(), 0, 10));
    }

    @Test
    void aKeyOnlyReachesTheModelsItsPatternsAllow() {
        User carol = f.user("carol", "10");
        f.account("a", 0);

        RelayOutcome outcome = f.chat(f.key(carol, List.of("claude-*", "gpt-3*"), 0), false, false, 50);

        assertEquals(new RelayFailure.ModelNotAllowed(RelayFixture.MODEL), outcome);
        assertInstanceOf(RelayOutcome.Answered.class, f.chat(f.key(carol, List.of("gpt-4o*"), 0), false, false, 50));
    }

    @Test
    void aKeyOverItsRequestsPerMinuteIsRateLimitedUntilTheNextMinute() {
        User dave = f.user("dave", "10");
        String key = f.key(dave, List.of(), 2);
        f.account("a", 0);

        f.chat(key, false, false, 50);
        f.chat(key, false, false, 50);
        RelayOutcome third = f.chat(key, false, false, 50);
        f.clock.advance(java.time.Duration.ofMinutes(1));
        RelayOutcome nextMinute = f.chat(key, false, false, 50);

        assertInstanceOf(RelayFailure.RateLimited.class, third);
        assertInstanceOf(RelayOutcome.Answered.class, nextMinute);
    }

    @Test
    void aFaultInsideTheRelayReleasesTheHoldInsteadOfLeakingIt() {
        User frank = f.user("frank", "10");
        String key = f.key(frank, List.of(), 0);
        ProviderAccount a = f.account("a", 0);
        f.platform.next(a.id(), () -> {
            throw new IllegalStateException("a bug in an adapter");
        });

        assertThrows(IllegalStateException.class, () -> f.chat(key, false, false, 50));

        assertEquals(Points.ZERO, f.metering.held(frank.id()));
        assertEquals(Points.exactly("10"), f.balance(frank));
    }

    @Test
    void anUnknownKeyIsRefusedAndChargesNobody() {
        User erin = f.user("erin", "10");
        f.account("a", 0);

        assertInstanceOf(RelayFailure.InvalidKey.class, f.chat("sk-tg-not-a-key", false, false, 50));
        assertInstanceOf(RelayFailure.InvalidKey.class, f.chat(null, false, false, 50));
        assertTrue(f.platform.calls.isEmpty());
        assertEquals(Points.exactly("10"), f.balance(erin));
    }
}
