package io.tollgate.application.fakes;

import io.tollgate.application.contracts.PublicUsageContract;
import io.tollgate.application.relay.usage.PublicUsage;

class InMemoryPublicUsageTest extends PublicUsageContract {

    @Override
    protected PublicUsage newUsage() {
        return new InMemoryPublicUsage();
    }
}
