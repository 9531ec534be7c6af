package io.tollgate.application.contracts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.account.oauth.OAuthGrant;
import io.tollgate.domain.account.oauth.OAuthGrants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OAuthGrants} does: one grant per account, its refresh token kept sealed. */
public abstract class OAuthGrantsContract {

    protected static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private OAuthGrants grants;

    /** New, empty grants. */
    protected abstract OAuthGrants newGrants();

    /** An account a grant may belong to, in the store {@link #newGrants()} returned last (the database needs the row). */
    protected abstract AccountId newAccount();

    @BeforeEach
    void createGrants() {
        grants = newGrants();
    }

    private static SealedCredential sealed(String keyId, byte... bytes) {
        return new SealedCredential(keyId, bytes);
    }

    private OAuthGrant grant(Optional<Instant> expiresAt) {
        return new OAuthGrant(newAccount(), Optional.of(sealed("k1", (byte) 4, (byte) 2)), expiresAt, Optional.of(T0), "");
    }

    @Test
    void aSavedGrantIsFoundWithItsSealedRefreshTokenAndTimes() {
        AccountId account = newAccount();
        grants.save(new OAuthGrant(account, Optional.of(sealed("k1", (byte) 7, (byte) 8, (byte) 9)),
                Optional.of(T0.plus(Duration.ofHours(1))), Optional.of(T0), "previous run failed"));

        OAuthGrant found = grants.of(account).orElseThrow();

        assertEquals("k1", found.refreshToken().orElseThrow().keyId());
        assertArrayEquals(new byte[] {7, 8, 9}, found.refreshToken().orElseThrow().sealed());
        assertEquals(Optional.of(T0.plus(Duration.ofHours(1))), found.accessExpiresAt());
        assertEquals(Optional.of(T0), found.refreshedAt());
        assertEquals("previous run failed", found.lastError());
        assertEquals(Optional.empty(), grants.of(newAccount()));
    }

    @Test
    void aGrantWithoutRefreshTokenOrExpiryKeepsThemAbsent() {
        AccountId account = newAccount();
        grants.save(new OAuthGrant(account, Optional.empty(), Optional.empty(), Optional.empty(), ""));

        OAuthGrant found = grants.of(account).orElseThrow();

        assertEquals(Optional.empty(), found.refreshToken());
        assertEquals(Optional.empty(), found.accessExpiresAt());
        assertEquals(Optional.empty(), found.refreshedAt());
    }

    @Test
    void savingAgainReplacesTheAccountsGrant() {
        AccountId account = newAccount();
        grants.save(new OAuthGrant(account, Optional.of(sealed("k1", (byte) 1)), Optional.of(T0), Optional.empty(), ""));

        grants.save(new OAuthGrant(account, Optional.of(sealed("k2", (byte) 2)), Optional.of(T0.plusSeconds(3600)),
                Optional.of(T0), "renewed"));

        OAuthGrant found = grants.of(account).orElseThrow();
        assertEquals("k2", found.refreshToken().orElseThrow().keyId());
        assertEquals(Optional.of(T0.plusSeconds(3600)), found.accessExpiresAt());
        assertEquals("renewed", found.lastError());
        assertEquals(1, grants.all().size());
    }

    @Test
    void grantsExpiringBeforeAnInstantComeSoonestFirstAndOthersNot() {
        OAuthGrant later = grant(Optional.of(T0.plusSeconds(600)));
        OAuthGrant sooner = grant(Optional.of(T0.plusSeconds(60)));
        OAuthGrant exactlyAtTheInstant = grant(Optional.of(T0.plusSeconds(900)));
        OAuthGrant afterwards = grant(Optional.of(T0.plusSeconds(3600)));
        OAuthGrant neverExpires = grant(Optional.empty());
        for (OAuthGrant grant : List.of(later, sooner, exactlyAtTheInstant, afterwards, neverExpires)) {
            grants.save(grant);
        }

        List<AccountId> expiring = grants.expiringBefore(T0.plusSeconds(900)).stream().map(OAuthGrant::account).toList();

        assertEquals(List.of(sooner.account(), later.account()), expiring);
    }

    @Test
    void allListsEveryGrant() {
        OAuthGrant first = grant(Optional.of(T0));
        OAuthGrant second = grant(Optional.empty());
        grants.save(first);
        grants.save(second);

        Set<AccountId> listed = grants.all().stream().map(OAuthGrant::account).collect(Collectors.toSet());

        assertEquals(Set.of(first.account(), second.account()), listed);
        assertTrue(grants.expiringBefore(T0).isEmpty(), "nothing expires before the earliest expiry");
    }

    @Test
    void aRenewalClaimExcludesASecondUntilItEndsOrIsReleased() {
        OAuthGrant grant = grant(Optional.of(T0));
        grants.save(grant);
        AccountId account = grant.account();

        assertTrue(grants.claimRenewal(account, T0, T0.plusSeconds(20)));
        assertFalse(grants.claimRenewal(account, T0.plusSeconds(19), T0.plusSeconds(39)), "held by the first");
        assertTrue(grants.claimRenewal(account, T0.plusSeconds(20), T0.plusSeconds(40)), "the first one's claim ended");
        grants.releaseRenewal(account);
        assertTrue(grants.claimRenewal(account, T0.plusSeconds(21), T0.plusSeconds(41)), "released");
    }

    @Test
    void savingTheRenewedGrantEndsTheClaimAndAnAccountWithoutGrantCannotBeClaimed() {
        OAuthGrant grant = grant(Optional.of(T0));
        grants.save(grant);
        assertTrue(grants.claimRenewal(grant.account(), T0, T0.plusSeconds(20)));

        grants.save(grant);

        assertTrue(grants.claimRenewal(grant.account(), T0, T0.plusSeconds(20)));
        assertFalse(grants.claimRenewal(newAccount(), T0, T0.plusSeconds(20)));
    }
}
