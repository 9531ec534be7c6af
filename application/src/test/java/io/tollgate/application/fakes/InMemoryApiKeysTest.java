package io.tollgate.application.fakes;

import io.tollgate.application.contracts.ApiKeysContract;

class InMemoryApiKeysTest extends ApiKeysContract {

    @Override
    protected Ports newPorts() {
        return new Ports(new InMemoryUsers(), new InMemoryApiKeys());
    }
}
