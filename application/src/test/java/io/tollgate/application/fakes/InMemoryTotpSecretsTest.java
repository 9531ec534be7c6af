package io.tollgate.application.fakes;

import io.tollgate.application.contracts.TotpSecretsContract;
import io.tollgate.domain.totp.TotpSecrets;

class InMemoryTotpSecretsTest extends TotpSecretsContract {

    @Override
    protected TotpSecrets newTotpSecrets() {
        return new InMemoryTotpSecrets();
    }
}
