package io.tollgate.application.relay;

import io.tollgate.application.account.AccountPool;
import io.tollgate.application.account.RenewCredentials;
import io.tollgate.application.identity.UserPreferences;
import io.tollgate.domain.account.AccountCalls;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.ModelPrice;
import io.tollgate.domain.relay.ModelRoute;
import io.tollgate.domain.relay.TokenCounter;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Chats through the caller's own platform accounts, free of points: the one named, or the enabled one with the
 * most quota left for the model. When none can serve it, falls back to points through the system pool if the user
 * allows it, else answers with the quota's reset time. A prompt the catalog's model of that name blocks is refused.
 */
public final class ChatWithOwnAccounts {

    /** {@code callFor} builds the OpenAI-format call once the model is known (the caller may name none). */
    public record Command(User user, Optional<ApiKey> key, Optional<AccountId> account, Optional<String> model,
                          Function<String, ChatCall> callFor, String requestSummary, String requestId) {}

    private static final Set<Platform> ANY = EnumSet.allOf(Platform.class);

    private final ProviderAccounts accounts;
    private final AccountPool pool;
    private final Map<Platform, ChatProvider> providers;
    private final Metering metering;
    private final AccountCalls calls;
    private final TokenCounter tokens;
    private final UserPreferences preferences;
    private final RenewCredentials renewal;
    private final RelayChat pointsRelay;
    private final RelaySettings settings;
    private final Clock clock;

    public ChatWithOwnAccounts(ProviderAccounts accounts, AccountPool pool, Map<Platform, ChatProvider> providers,
                               Metering metering, AccountCalls calls, TokenCounter tokens, UserPreferences preferences,
                               RenewCredentials renewal, RelayChat pointsRelay, RelaySettings settings, Clock clock) {
        this.accounts = accounts;
        this.pool = pool;
        this.providers = Map.copyOf(providers);
        this.metering = metering;
        this.calls = calls;
        this.tokens = tokens;
        this.preferences = preferences;
        this.renewal = renewal;
        this.pointsRelay = pointsRelay;
        this.settings = settings;
        this.clock = clock;
    }

    public RelayOutcome chat(Command command) {
        User user = command.user();
        Optional<ProviderAccount> named = command.account().flatMap(accounts::byId).filter(a -> a.ownedBy(user.id()));
        if (command.account().isPresent() && named.isEmpty()) {
            return new RelayFailure.NoSuchAccount(command.account().get().toString());
        }
        Optional<String> modelName = command.model().or(() -> named.or(() -> best(user)).map(ProviderAccount::usualModel));
        if (modelName.isEmpty()) {
            return fallback(command, "", false);
        }
        String name = modelName.get();
        if (named.isPresent() && !named.get().serves(name)) {
            return new RelayFailure.NotServedByAccount(name, named.get().id().toString());
        }
        Predicate<ProviderAccount> scope = named.isPresent() ? a -> a.id().equals(named.get().id()) : a -> a.ownedBy(user.id());
        if (!pool.canServe(scope, name, ANY)) {
            return fallback(command, name, pool.unavailable(scope, name).quotaExhausted());
        }
        return callOwn(command, scope, name);
    }

    private RelayOutcome callOwn(Command command, Predicate<ProviderAccount> scope, String name) {
        ChatCall call = command.callFor().apply(name);
        Optional<RelayFailure> refused = pointsRelay.screenOwn(command.user(), command.key(), call);
        if (refused.isPresent()) {
            return refused.get();
        }
        // The call's endpoint is the model's kind, so an embedding is sent and counted as one.
        Model model = new Model(name, Arrays.stream(Platform.values()).map(p -> new ModelRoute(p, name)).toList(),
                ModelPrice.FREE, true, Optional.empty(), Model.DEFAULT_MAX_OUTPUT_TOKENS, call.endpoint());
        CallMeter meter = new CallMeter(metering, pool, tokens, clock,
                new Payer.Owner(command.user(), calls, command.requestSummary()), command.requestId(), model, call);
        Attempts.Scope own = new PoolScope(pool, scope, name, ANY);
        try {
            return new Attempts(pool, providers, settings, clock, meter, model, call, own, renewal::renewNow).run();
        } catch (RuntimeException bug) {
            meter.refund(Optional.empty(), Optional.of(FailureClass.TRANSIENT));
            throw bug;
        }
    }

    private RelayOutcome fallback(Command command, String model, boolean exhausted) {
        if (!model.isEmpty() && preferences.pointsFallback(command.user().id())) {
            return pointsRelay.relayFor(command.user(), command.key(), command.callFor().apply(model), command.requestId());
        }
        return exhausted ? new RelayFailure.QuotaExhausted(model, pool.nextReset()) : new RelayFailure.NoAccount(model);
    }

    /** The owner's usable account with the most quota left, to take its platform's usual model from. */
    private Optional<ProviderAccount> best(User user) {
        return accounts.ownedBy(user.id()).stream()
                .filter(a -> a.health().usableAt(clock.instant()))
                .max(Comparator.comparingLong(a -> a.unlimited() ? Long.MAX_VALUE : a.dailyTokenQuota() - pool.usedToday(a.id())));
    }
}
