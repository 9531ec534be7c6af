package io.tollgate.application.relay;

import io.tollgate.application.account.AccountPool;
import io.tollgate.application.account.Pick;
import io.tollgate.application.identity.ApiKeyAuthentication;
import io.tollgate.application.identity.AuthenticateApiKey;
import io.tollgate.application.moderation.PromptText;
import io.tollgate.application.relay.catalog.ModelCatalog;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.relay.AttemptLimits;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.relay.UpstreamRequest;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts a request's input tokens for a key that may call its model, never billed: Anthropic's own count when the model
 * routes to an Anthropic account, else the tokenizer's count of the caller's text.
 */
public final class CountMessageTokens {

    /** The count, or why there is none (in the relay's failures, so each door answers them its way). */
    public sealed interface Outcome {
        record Counted(long inputTokens) implements Outcome {}

        record Refused(RelayFailure failure) implements Outcome {}
    }

    private final AuthenticateApiKey authenticate;
    private final ModelCatalog models;
    private final AccountPool pool;
    private final Map<Platform, ChatProvider> providers;
    private final TokenCounter tokens;

    public CountMessageTokens(AuthenticateApiKey authenticate, ModelCatalog models, AccountPool pool,
                              Map<Platform, ChatProvider> providers, TokenCounter tokens) {
        this.authenticate = authenticate;
        this.models = models;
        this.pool = pool;
        this.providers = Map.copyOf(providers);
        this.tokens = tokens;
    }

    public Outcome count(String apiKey, ChatCall call) {
        Optional<Model> model = models.byName(call.model()).filter(Model::enabled);
        switch (authenticate.authenticate(apiKey)) {
            case ApiKeyAuthentication.UserDisabled disabled -> {
                return new Outcome.Refused(new RelayFailure.UserDisabled());
            }
            case ApiKeyAuthentication.Invalid invalid -> {
                boolean noKey = apiKey == null || apiKey.isBlank();
                if (!noKey || model.filter(Model::isPublic).isEmpty()) {
                    return new Outcome.Refused(new RelayFailure.InvalidKey("invalid API key"));
                }
            }
            case ApiKeyAuthentication.Valid valid -> {
                if (model.isPresent() && !valid.key().allows(call.model())) {
                    return new Outcome.Refused(new RelayFailure.ModelNotAllowed(call.model()));
                }
            }
        }
        if (model.isEmpty()) {
            return new Outcome.Refused(new RelayFailure.UnknownModel(call.model()));
        }
        if (model.get().kind() != call.endpoint()) {
            return new Outcome.Refused(new RelayFailure.WrongEndpoint(model.get().name(), model.get().kind()));
        }
        return new Outcome.Counted(upstreamCount(model.get(), call).orElseGet(() -> tokens.count(
                call.prompt().stream().map(PromptText::text).collect(Collectors.joining("\n")))));
    }

    private OptionalLong upstreamCount(Model model, ChatCall call) {
        ChatProvider anthropic = providers.get(Platform.ANTHROPIC);
        if (anthropic == null || !model.platforms().contains(Platform.ANTHROPIC)) {
            return OptionalLong.empty();
        }
        Optional<Pick> pick = pool.choose(account -> account.inSystemPool() && account.platform() == Platform.ANTHROPIC,
                model.name(), Set.of(Platform.ANTHROPIC), Set.of());
        if (pick.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            ProviderAccount account = pick.get().account();
            return anthropic.countTokens(new UpstreamRequest(account, pick.get().credential(), model.upstreamName(Platform.ANTHROPIC).orElseThrow(),
                    call.body(), false, OptionalLong.empty(), AttemptLimits.NONE, call.endpoint(), call.contentType(), call.dialect(),
                    call.dialectHeaders()));
        } finally {
            // A count is no call: it neither proves nor blames the account, and takes no half-open probe for good.
            pool.release(pick.get());
        }
    }
}
