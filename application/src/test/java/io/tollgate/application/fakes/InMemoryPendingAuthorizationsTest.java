package io.tollgate.application.fakes;

import io.tollgate.application.account.PendingAuthorizations;
import io.tollgate.application.contracts.PendingAuthorizationsContract;
import io.tollgate.domain.identity.UserId;
import java.util.UUID;

class InMemoryPendingAuthorizationsTest extends PendingAuthorizationsContract {

    @Override
    protected PendingAuthorizations newPending() {
        return new InMemoryPendingAuthorizations();
    }

    @Override
    protected UserId newOwner(String name) {
        return new UserId(UUID.randomUUID());
    }
}
