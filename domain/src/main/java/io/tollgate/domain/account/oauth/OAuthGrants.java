package io.tollgate.domain.account.oauth;

import io.tollgate.domain.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The OAuth grants of user-bound accounts; a grant goes when its account is deleted. */
public interface OAuthGrants {

    /** Adds or replaces the account's grant (and ends any claim on its renewal). */
    void save(OAuthGrant grant);

    /**
     * Claims the right to renew the account's token until {@code until}, so that nodes sharing the store never
     * spend one refresh token twice; false while another claim has not ended at {@code now}, or with no grant.
     */
    boolean claimRenewal(AccountId account, Instant now, Instant until);

    /** Ends this node's claim. */
    void releaseRenewal(AccountId account);

    Optional<OAuthGrant> of(AccountId account);

    /** Grants whose access token expires before {@code instant}, soonest first. */
    List<OAuthGrant> expiringBefore(Instant instant);

    /** Every grant (for re-sealing refresh tokens under a new master key). */
    List<OAuthGrant> all();
}
