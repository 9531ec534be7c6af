package io.tollgate.adapter.provider.glm;

import io.tollgate.adapter.provider.transport.Authorization;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import java.time.Clock;

/** GLM's {@code id.secret} API keys sent as a signed short-lived token (unless the account says raw); others as bearer. */
public final class GlmAuthorization implements Authorization {

    private final Clock clock;

    public GlmAuthorization(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String header(ProviderAccount account, String credential) {
        boolean raw = "raw".equalsIgnoreCase(account.options().getOrDefault("glmAuth", ""));
        if (account.platform() == Platform.GLM && !raw && GlmToken.isApiKey(credential)) {
            return "Bearer " + GlmToken.sign(credential, clock.instant());
        }
        return BEARER.header(account, credential);
    }
}
