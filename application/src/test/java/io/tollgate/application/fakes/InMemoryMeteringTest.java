package io.tollgate.application.fakes;

import io.tollgate.application.contracts.MeteringContract;

class InMemoryMeteringTest extends MeteringContract {

    @Override
    protected Ports newPorts() {
        InMemoryUsers users = new InMemoryUsers();
        InMemoryStore store = new InMemoryStore(users);
        InMemoryProviderAccounts accounts = new InMemoryProviderAccounts();
        InMemoryMetering metering = new InMemoryMetering(users, store, accounts);
        return new Ports(users, store, accounts, metering, metering::held);
    }
}
