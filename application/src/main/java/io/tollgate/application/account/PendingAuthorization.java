package io.tollgate.application.account;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * An authorization a user started and the platform has not yet sent back: kept under the hash of its state, with
 * the account it will create (whose id also binds the sealed PKCE verifier), until it is used once or expires.
 */
public record PendingAuthorization(String stateHash, AccountId account, UserId owner, Platform platform,
                                   String accountName, long dailyTokenQuota, SealedCredential codeVerifier,
                                   Instant expiresAt) {

    public PendingAuthorization {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
