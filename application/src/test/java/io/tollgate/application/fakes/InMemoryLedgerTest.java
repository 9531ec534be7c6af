package io.tollgate.application.fakes;

import io.tollgate.application.contracts.LedgerContract;

class InMemoryLedgerTest extends LedgerContract {

    @Override
    protected Ports newPorts() {
        InMemoryUsers users = new InMemoryUsers();
        return new Ports(users, new InMemoryStore(users));
    }
}
