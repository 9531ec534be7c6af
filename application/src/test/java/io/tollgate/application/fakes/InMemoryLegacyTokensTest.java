package io.tollgate.application.fakes;

import io.tollgate.application.contracts.LegacyTokensContract;

class InMemoryLegacyTokensTest extends LegacyTokensContract {

    @Override
    protected Ports newPorts() {
        return new Ports(new InMemoryUsers(), new InMemoryLegacyTokens());
    }
}
