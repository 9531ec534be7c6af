package io.tollgate.application.fakes;

import io.tollgate.application.contracts.ModelsContract;
import io.tollgate.domain.relay.Models;

class InMemoryModelsTest extends ModelsContract {

    @Override
    protected Models newModels() {
        return new InMemoryModels();
    }
}
