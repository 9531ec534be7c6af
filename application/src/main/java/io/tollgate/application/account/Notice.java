package io.tollgate.application.account;

import io.tollgate.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;

/** Something about one of a user's accounts the user should act on; {@code at} is when it happens or happened. */
public record Notice(Kind kind, AccountId account, String accountName, String message, Optional<Instant> at) {

    /** What needs attention. */
    public enum Kind { CREDENTIAL_EXPIRING, CREDENTIAL_EXPIRED, ACCOUNT_DISABLED, QUOTA_CRITICAL, QUOTA_WARNING, CHANGED_BY_ADMIN }
}
