package io.tollgate.application.fakes;

import io.tollgate.application.contracts.TotpSecretsContract;
import io.tollgate.application.totp.TotpSecrets;

class InMemoryTotpSecretsTest extends TotpSecretsContract {

    @Override
    protected TotpSecrets newTotpSecrets() {
        return new InMemoryTotpSecrets();
    }
}
