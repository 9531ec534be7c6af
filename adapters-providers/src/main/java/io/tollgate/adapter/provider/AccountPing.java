package io.tollgate.adapter.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tollgate.adapter.provider.errors.AccountStanding;
import io.tollgate.application.relay.AccountProbe;
import io.tollgate.application.relay.CheckAccount.Result;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Checks an account with a one-token chat call "ping" to its usual model, through the platform's own provider. */
final class AccountPing implements AccountProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Platform, ChatProvider> providers;

    AccountPing(Map<Platform, ChatProvider> providers) {
        this.providers = Map.copyOf(providers);
    }

    @Override
    public Result probe(ProviderAccount account, String credential) {
        ChatProvider provider = providers.get(account.platform());
        if (provider == null) {
            return AccountStanding.of(new UpstreamResult.Failed(UpstreamFailure.of(FailureClass.TRANSIENT, 0,
                    "nothing here can call this account's platform")));
        }
        String model = account.usualModel();
        return AccountStanding.of(provider.call(new UpstreamRequest(account, credential, model, body(model), false)));
    }

    static byte[] body(String model) {
        ObjectNode body = JSON.createObjectNode().put("model", model);
        body.putArray("messages").addObject().put("role", "user").put("content", "ping");
        body.put("max_tokens", 1).put("stream", false);
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
