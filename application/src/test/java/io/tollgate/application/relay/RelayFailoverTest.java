package io.tollgate.application.relay;

import io.tollgate.domain.account.AccountCall;
import static io.tollgate.application.relay.ScriptedProvider.fail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.AccountStatus;
import io.tollgate.domain.account.breaker.Breaker;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.money.Points;
import io.tollgate.domain.relay.UsageRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelayFailoverTest {

    private final RelayFixture f = new RelayFixture();
    private final User alice = f.user("alice", "100");
    private final String key = f.key(alice, List.of(), 0);
    // Quotas decide the order in which accounts are tried: the most left first.
    private final ProviderAccount a = f.account("a", 30_000);
    private final ProviderAccount b = f.account("b", 20_000);
    private final ProviderAccount c = f.account("c", 10_000);

    @Test
    void aThrottledThenBrokenAccountIsPassedOverAndTheThirdAnswers() {
        f.platform.next(a.id(), fail(FailureClass.RATE, 429, "slow down")).next(b.id(), fail(FailureClass.TRANSIENT, 500, "boom"));

        RelayOutcome.Answered answered = assertInstanceOf(RelayOutcome.Answered.class, f.chat(key, false, false, 50));

        assertTrue(new String(answered.body(), StandardCharsets.UTF_8).contains("from c"));
        assertEquals(List.of(a.id(), b.id(), c.id()), f.platform.calls);
        assertEquals(Breaker.State.OPEN, f.pool.breaker(a.id()).state(), "a Retry-After opens the breaker at once");
        assertEquals(f.clock.instant().plus(Duration.ofSeconds(20)), f.pool.breaker(a.id()).openUntil());
        assertEquals(Breaker.State.CLOSED, f.pool.breaker(b.id()).state());
        assertEquals(1, f.pool.breaker(b.id()).failures());
        assertEquals(AccountStatus.ENABLED, f.stored(a).health().status(), "the breaker is not stored");
        assertEquals(AccountStatus.ENABLED, f.stored(b).health().status());
        assertEquals(AccountStatus.ENABLED, f.stored(c).health().status());
        // 10 prompt tokens at 1,000/M and 5 completion tokens at 2,000/M, charged once.
        assertEquals(Points.exactly("99.98"), f.balance(alice));
        assertEquals(1, f.metering.usage(alice.id(), 0, 10).size());
        assertEquals(List.of(new AccountCall.Attempt(a.id(), FailureClass.RATE), new AccountCall.Attempt(b.id(), FailureClass.TRANSIENT)),
                f.metering.usage(alice.id(), 0, 1).get(0).attempts(), "the request log names the accounts passed over");
        assertEquals(Points.ZERO, f.metering.held(alice.id()));
    }

    @Test
    void theCallersOwnMistakeGoesBackUntouchedWithoutFailoverOrCharge() {
        f.platform.next(a.id(), fail(FailureClass.CLIENT, 400, "messages too long"));

        RelayFailure.RefusedByPlatform refused = assertInstanceOf(RelayFailure.RefusedByPlatform.class, f.chat(key, false, false, 50));

        assertEquals(400, refused.failure().status());
        assertTrue(new String(refused.failure().body(), StandardCharsets.UTF_8).contains("messages too long"));
        assertEquals(List.of(a.id()), f.platform.calls);
        assertEquals(AccountStatus.ENABLED, f.stored(a).health().status());
        assertEquals(0, f.stored(a).health().consecutiveFailures());
        assertEquals(Points.exactly("100"), f.balance(alice));
        assertEquals(Points.ZERO, f.metering.held(alice.id()));
    }

    @Test
    void attemptsStopAtTheLimitAndTheWholeHoldIsReleased() {
        ProviderAccount d = f.account("d", 5_000);
        for (ProviderAccount account : List.of(a, b, c, d)) {
            f.platform.always(account.id(), fail(FailureClass.TRANSIENT, 503, "overloaded"));
        }

        RelayFailure.UpstreamFailed failed = assertInstanceOf(RelayFailure.UpstreamFailed.class, f.chat(key, false, false, 50));

        assertEquals(3, failed.attempts());
        assertEquals(List.of(a.id(), b.id(), c.id()), f.platform.calls);
        assertEquals(Points.exactly("100"), f.balance(alice));
        assertEquals(Points.ZERO, f.metering.held(alice.id()));
        assertEquals(FailureClass.TRANSIENT, f.metering.usage(alice.id(), 0, 1).get(0).errorClass().orElseThrow());
        assertEquals(List.of(a.id(), b.id(), c.id()), f.metering.usage(alice.id(), 0, 1).get(0).attempts().stream()
                .map(AccountCall.Attempt::account).toList());
    }

    @Test
    void twoAuthFailuresInARowDisableTheAccountWithTheReasonStored() {
        f.platform.always(a.id(), fail(FailureClass.AUTH, 401, "invalid api key"));

        f.chat(key, false, false, 50);
        assertEquals(AccountStatus.ENABLED, f.stored(a).health().status());
        f.chat(key, false, false, 50);

        assertEquals(AccountStatus.DISABLED, f.stored(a).health().status());
        assertTrue(f.stored(a).health().reason().contains("invalid api key"), f.stored(a).health().reason());
        assertEquals(List.of(a.id(), b.id(), a.id(), b.id()), f.platform.calls);
    }

    @Test
    void threeFailuresInARowOpenTheBreakerUntilAProbeAfterTheCooldownSucceedsAndNothingIsEverDisabled() {
        f.platform.always(a.id(), fail(FailureClass.TRANSIENT, 503, "overloaded"));
        for (int i = 0; i < 3; i++) {
            f.chat(key, false, false, 50);
        }
        f.chat(key, false, false, 50);
        assertEquals(List.of(a.id(), b.id(), a.id(), b.id(), a.id(), b.id(), b.id()), f.platform.calls, "open: passed over");

        f.platform.always(a.id(), ScriptedProvider.ok("back", 10, 5));
        f.clock.advance(Duration.ofSeconds(5));
        f.chat(key, false, false, 50);
        f.chat(key, false, false, 50);

        assertEquals(List.of(a.id(), a.id()), f.platform.calls.subList(7, 9), "a probe, then closed again");
        assertEquals(Breaker.State.CLOSED, f.pool.breaker(a.id()).state());
        assertEquals(AccountStatus.ENABLED, f.stored(a).health().status());
    }

    @Test
    void whenTheDeadlinePassesTheCallerIsToldSoAndTheSlowAccountIsNotBlamed() {
        f.platform.next(a.id(), () -> {
            f.clock.advance(Duration.ofSeconds(280));
            return fail(FailureClass.TRANSIENT, 504, "no response within 30000 ms").get();
        }).next(b.id(), () -> {
            f.clock.advance(Duration.ofSeconds(20));
            return fail(FailureClass.TRANSIENT, 504, "no response within 10000 ms").get();
        });

        RelayFailure.DeadlineExceeded late = assertInstanceOf(RelayFailure.DeadlineExceeded.class, f.chat(key, false, false, 50));

        assertEquals(Duration.ofSeconds(300), late.deadline());
        assertEquals(List.of(a.id(), b.id()), f.platform.calls);
        assertEquals(Duration.ofSeconds(30), f.platform.requests.get(0).limits().firstByte());
        assertEquals(Duration.ofSeconds(10), f.platform.requests.get(1).limits().firstByte(), "20 s left, two attempts to come");
        assertEquals(1, f.pool.breaker(a.id()).failures());
        assertEquals(0, f.pool.breaker(b.id()).failures(), "cut short by the deadline");
        assertEquals(Points.exactly("100"), f.balance(alice));
        assertEquals(Points.ZERO, f.metering.held(alice.id()));
    }

    @Test
    void aCooledDownAccountIsUsedAgainOnceItsCooldownEnds() {
        f.platform.next(a.id(), fail(FailureClass.RATE, 429, "slow down"));
        f.chat(key, false, false, 50);

        f.chat(key, false, false, 50);
        f.clock.advance(Duration.ofSeconds(21));
        f.chat(key, false, false, 50);

        assertEquals(List.of(a.id(), b.id(), b.id(), a.id()), f.platform.calls);
    }
}
