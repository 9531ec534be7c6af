package io.tollgate.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The OAuth grants of user-bound accounts; a grant goes when its account is deleted. */
public interface OAuthGrants {

    /** Adds or replaces the account's grant. */
    void save(OAuthGrant grant);

    Optional<OAuthGrant> of(AccountId account);

    /** Grants whose access token expires before {@code instant}, soonest first. */
    List<OAuthGrant> expiringBefore(Instant instant);

    /** Every grant (for re-sealing refresh tokens under a new master key). */
    List<OAuthGrant> all();
}
