package io.tollgate.application.fakes;

import io.tollgate.application.contracts.ConsumptionsContract;

class InMemoryConsumptionsTest extends ConsumptionsContract {

    @Override
    protected Ports newPorts() {
        InMemoryUsers users = new InMemoryUsers();
        InMemoryStore store = new InMemoryStore(users);
        return new Ports(users, store, store);
    }
}
