package io.tollgate.application.fakes;

import io.tollgate.application.contracts.OAuthGrantsContract;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.oauth.OAuthGrants;
import java.util.UUID;

class InMemoryOAuthGrantsTest extends OAuthGrantsContract {

    @Override
    protected OAuthGrants newGrants() {
        return new InMemoryOAuthGrants();
    }

    @Override
    protected AccountId newAccount() {
        return new AccountId(UUID.randomUUID());
    }
}
