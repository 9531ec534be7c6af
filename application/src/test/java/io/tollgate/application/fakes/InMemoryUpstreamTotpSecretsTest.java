package io.tollgate.application.fakes;

import io.tollgate.application.contracts.UpstreamTotpSecretsContract;
import io.tollgate.application.totp.UpstreamTotpSecrets;

class InMemoryUpstreamTotpSecretsTest extends UpstreamTotpSecretsContract {

    @Override
    protected UpstreamTotpSecrets newUpstreamTotpSecrets() {
        return new InMemoryUpstreamTotpSecrets();
    }
}
