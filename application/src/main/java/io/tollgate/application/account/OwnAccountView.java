package io.tollgate.application.account;

import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.QuotaUse;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's account as its owner (or an admin) sees it: never its credential, but its quota today, when the quota
 * resets, when the credential expires (for OAuth-bound accounts), and when it was last called.
 */
public record OwnAccountView(ProviderAccount account, QuotaUse quota, Instant quotaResetsAt,
                             Optional<Instant> credentialExpiresAt, Optional<Instant> lastUsedAt, String binding) {}
