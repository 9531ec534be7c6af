package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.application.account.PendingAuthorization;
import io.tollgate.application.account.PendingAuthorizations;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PendingAuthorizations} does: each state is taken once; expiry is the caller's to check. */
public abstract class PendingAuthorizationsContract {

    protected static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private PendingAuthorizations pending;
    private UserId owner;

    /** New, empty pending authorizations. */
    protected abstract PendingAuthorizations newPending();

    /** A user who may start authorizations, in the store {@link #newPending()} returned last. */
    protected abstract UserId newOwner(String name);

    @BeforeEach
    void createPending() {
        pending = newPending();
        owner = newOwner("owner");
    }

    private PendingAuthorization started(String state, Instant expiresAt) {
        return new PendingAuthorization("hash-of-" + state, new AccountId(UUID.randomUUID()), owner, Platform.DASHSCOPE,
                "my qwen", 1_000_000, new SealedCredential("k1", new byte[] {5, 6, 7}), expiresAt);
    }

    @Test
    void anAddedAuthorizationIsTakenWithEverythingItWasStartedWith() {
        PendingAuthorization started = started("s1", T0.plusSeconds(600));
        pending.add(started);

        PendingAuthorization taken = pending.take("hash-of-s1").orElseThrow();

        assertEquals(started.stateHash(), taken.stateHash());
        assertEquals(started.account(), taken.account());
        assertEquals(owner, taken.owner());
        assertEquals(Platform.DASHSCOPE, taken.platform());
        assertEquals("my qwen", taken.accountName());
        assertEquals(1_000_000, taken.dailyTokenQuota());
        assertEquals("k1", taken.codeVerifier().keyId());
        assertArrayEquals(new byte[] {5, 6, 7}, taken.codeVerifier().sealed());
        assertEquals(T0.plusSeconds(600), taken.expiresAt());
    }

    @Test
    void aStateIsTakenOnlyOnce() {
        pending.add(started("s1", T0.plusSeconds(600)));

        assertTrue(pending.take("hash-of-s1").isPresent());
        assertEquals(Optional.empty(), pending.take("hash-of-s1"));
    }

    @Test
    void anUnknownStateTakesNothingAndLeavesTheOthers() {
        pending.add(started("s1", T0.plusSeconds(600)));

        assertEquals(Optional.empty(), pending.take("hash-of-unknown"));
        assertTrue(pending.take("hash-of-s1").isPresent());
    }

    @Test
    void anExpiredAuthorizationIsStillTakenSoTheCallerCanSayItExpired() {
        pending.add(started("old", T0.minusSeconds(3600)));

        assertTrue(pending.take("hash-of-old").isPresent());
    }

    @Test
    void forgettingExpiredDropsOnlyThoseThatExpiredBeforeNow() {
        pending.add(started("expired", T0.minusSeconds(1)));
        pending.add(started("long-expired", T0.minusSeconds(3600)));
        pending.add(started("expires-now", T0));
        pending.add(started("valid", T0.plusSeconds(600)));

        assertEquals(2, pending.forgetExpired(T0));

        assertEquals(Optional.empty(), pending.take("hash-of-expired"));
        assertEquals(Optional.empty(), pending.take("hash-of-long-expired"));
        assertTrue(pending.take("hash-of-expires-now").isPresent());
        assertTrue(pending.take("hash-of-valid").isPresent());
        assertEquals(0, pending.forgetExpired(T0));
    }
}
