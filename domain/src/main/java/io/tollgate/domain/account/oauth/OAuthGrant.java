package io.tollgate.domain.account.oauth;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.SealedCredential;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How an OAuth-bound account keeps its access token fresh: the sealed refresh token (when the platform gave one),
 * when the access token expires, and the last renewal's outcome. The access token itself is the account's credential.
 */
public record OAuthGrant(AccountId account, Optional<SealedCredential> refreshToken, Optional<Instant> accessExpiresAt,
                         Optional<Instant> refreshedAt, String lastError) {

    public OAuthGrant {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        Objects.requireNonNull(refreshedAt, "refreshedAt");
        Objects.requireNonNull(lastError, "lastError");
    }

    /** Whether the access token expires before {@code instant}. */
    public boolean expiresBefore(Instant instant) {
        return accessExpiresAt.map(at -> at.isBefore(instant)).orElse(false);
    }
}
