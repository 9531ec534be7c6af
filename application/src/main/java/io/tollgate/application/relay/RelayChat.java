package io.tollgate.application.relay;

import io.tollgate.application.account.AccountPool;
import io.tollgate.application.identity.ApiKeyAuthentication;
import io.tollgate.application.audit.Actors;
import io.tollgate.application.identity.AuthenticateApiKey;
import io.tollgate.application.moderation.ScreenPrompts;
import io.tollgate.application.relay.catalog.ModelCatalog;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.FailureClass;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.identity.ApiKey;
import io.tollgate.domain.identity.User;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.Metering;
import io.tollgate.domain.relay.Model;
import io.tollgate.domain.relay.Reservation;
import io.tollgate.domain.relay.TokenCounter;
import io.tollgate.domain.relay.budget.BudgetWindows;
import io.tollgate.domain.relay.budget.BudgetedKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Relays one OpenAI-format call (chat, embeddings, rerank, audio): checks the key, the model, that the model is of
 * the endpoint's kind, that its prompt passes the model's moderation, and the limits, holds the most the call can
 * cost (and refuses it when the balance does not cover that, or the key's spend caps are used up), then tries accounts (most quota left first) until one answers, failing over on RATE, QUOTA, AUTH and
 * TRANSIENT failures before anything reached the caller, and settles the actual cost. A call without a key may
 * use a public model, within its daily limits, and is charged to nobody.
 */
public final class RelayChat {

    /**
     * {@code clientIp} is who the caller is when it brings no key: the public limits count per IP. {@code only} limits a
     * keyed call to one account (the one that stored the Response it follows); {@code served} hears which account
     * answered a keyed call, and for whom.
     */
    public record Command(String apiKey, ChatCall call, String requestId, String clientIp, Optional<AccountId> only,
                          BiConsumer<UserId, ProviderAccount> served) {

        /** Any account of the pool, nobody told. */
        public Command(String apiKey, ChatCall call, String requestId, String clientIp) {
            this(apiKey, call, requestId, clientIp, Optional.empty(), (user, account) -> {});
        }
    }

    private final AuthenticateApiKey authenticate;
    private final ModelCatalog models;
    private final KeyLimits limits;
    private final PublicLimits publicLimits;
    private final Metering metering;
    private final AccountPool pool;
    private final Map<Platform, ChatProvider> providers;
    private final TokenCounter tokens;
    private final CeilingHold holds;
    private final RelaySettings settings;
    private final ScreenPrompts screen;
    private final Clock clock;
    private final StickyRoutes sticky = new StickyRoutes();

    public RelayChat(AuthenticateApiKey authenticate, ModelCatalog models, KeyLimits limits, PublicLimits publicLimits,
                     Metering metering, AccountPool pool, Map<Platform, ChatProvider> providers, TokenCounter tokens,
                     RelaySettings settings, ScreenPrompts screen, Clock clock) {
        this.authenticate = authenticate;
        this.models = models;
        this.limits = limits;
        this.publicLimits = publicLimits;
        this.metering = metering;
        this.pool = pool;
        this.providers = Map.copyOf(providers);
        this.tokens = tokens;
        this.holds = new CeilingHold(tokens, metering);
        this.settings = settings;
        this.screen = screen;
        this.clock = clock;
    }

    public RelayOutcome relay(Command command) {
        ChatCall call = command.call();
        ApiKeyAuthentication authentication = authenticate.authenticate(command.apiKey());
        if (authentication instanceof ApiKeyAuthentication.UserDisabled) {
            return new RelayFailure.UserDisabled();
        }
        if (!(authentication instanceof ApiKeyAuthentication.Valid valid)) {
            // A key that was given but is wrong stays an error: its owner expects to be billed, not served anonymously.
            boolean noKey = command.apiKey() == null || command.apiKey().isBlank();
            Optional<Model> open = models.byName(call.model()).filter(Model::enabled).filter(Model::isPublic);
            return noKey && open.isPresent() ? relayPublic(command, open.get()) : new RelayFailure.InvalidKey("invalid API key");
        }
        return relayFor(valid.user(), Optional.of(valid.key()), call, command.requestId(), command);
    }

    /**
     * Relays for a known user through the system pool, charged in points; with the key they called with, whose
     * model list and limits then apply (a signed-in user without a key has neither).
     */
    public RelayOutcome relayFor(User user, Optional<ApiKey> key, ChatCall call, String requestId) {
        return relayFor(user, key, call, requestId, new Command(null, call, requestId, null));
    }

    private RelayOutcome relayFor(User user, Optional<ApiKey> key, ChatCall call, String requestId, Command command) {
        Optional<Model> found = models.byName(call.model()).filter(Model::enabled);
        if (found.isEmpty()) {
            return new RelayFailure.UnknownModel(call.model());
        }
        if (key.isPresent() && !key.get().allows(call.model())) {
            return new RelayFailure.ModelNotAllowed(call.model());
        }
        Model model = found.get();
        Optional<RelayFailure> limited = wrongEndpoint(model, call).or(() -> refused(model, call, caller(user, key, model)))
                .or(() -> key.flatMap(limits::admit));
        if (limited.isPresent()) {
            return limited.get();
        }
        Optional<RelayFailure> unservable = unservable(model);
        return unservable.isPresent() ? unservable.get() : reserveAndCall(requestId, key, user, model, call, command);
    }

    private RelayOutcome relayPublic(Command command, Model model) {
        ScreenPrompts.Caller caller = new ScreenPrompts.Caller(Actors.anonymous(command.clientIp()), model.name(), Optional.empty());
        Optional<RelayFailure> refused = wrongEndpoint(model, command.call()).or(() -> refused(model, command.call(), caller))
                .or(() -> publicLimits.admit(model, command.clientIp())).or(() -> unservable(model));
        if (refused.isPresent()) {
            return refused.get();
        }
        Payer anonymous = new Payer.Anonymous(command.clientIp(), publicLimits);
        return call(new CallMeter(metering, pool, tokens, clock, anonymous, command.requestId(), model, command.call()),
                model, command.call(), Optional.empty(), Optional.empty(), account -> {});
    }

    private static Optional<RelayFailure> wrongEndpoint(Model model, ChatCall call) {
        return model.kind() == call.endpoint() ? Optional.empty()
                : Optional.of(new RelayFailure.WrongEndpoint(model.name(), model.kind()));
    }

    /** A call on the user's own accounts is screened as the model of that name in the catalog, when there is one. */
    public Optional<RelayFailure> screenOwn(User user, Optional<ApiKey> key, ChatCall call) {
        return models.byName(call.model()).flatMap(model -> refused(model, call, caller(user, key, model)));
    }

    private static ScreenPrompts.Caller caller(User user, Optional<ApiKey> key, Model model) {
        return new ScreenPrompts.Caller(Actors.user(user.username()), model.name(), key.map(k -> k.name() + " (" + k.hint() + "…)"));
    }

    private Optional<RelayFailure> refused(Model model, ChatCall call, ScreenPrompts.Caller caller) {
        return screen.screen(model.moderation(), call.prompt(), caller)
                .map(blocked -> new RelayFailure.PromptRefused(model.name(), blocked.param()));
    }

    private Optional<RelayFailure> unservable(Model model) {
        if (pool.canServe(model.name(), model.platforms())) {
            return Optional.empty();
        }
        AccountPool.Unavailable why = pool.unavailable(ProviderAccount::inSystemPool, model.name());
        return Optional.of(why.quotaExhausted() ? new RelayFailure.QuotaExhausted(model.name(), why.resetAt())
                : new RelayFailure.NoAccount(model.name()));
    }

    private RelayOutcome reserveAndCall(String requestId, Optional<ApiKey> key, User user, Model model, ChatCall call,
                                        Command command) {
        Instant now = clock.instant();
        BudgetWindows windows = limits.budgetWindows();
        CeilingHold.Taken taken = holds.take(user, key.map(k -> new BudgetedKey(k.id(), windows)), model, call, now);
        return switch (taken.reservation()) {
            case Reservation.Insufficient insufficient -> new RelayFailure.InsufficientBalance(insufficient.available(), taken.estimate());
            case Reservation.OverBudget over -> new RelayFailure.BudgetExceeded(over.period(), over.cap(), windows.resetsAt(over.period()));
            case Reservation.NoSuchUser ignored -> new RelayFailure.InvalidKey("the key's user is gone");
            case Reservation.Held held -> call(new CallMeter(metering, pool, tokens, clock,
                    new Payer.Billed(key, user, held.id(), limits), requestId, model, call), model, call,
                    Optional.of(key.map(k -> "key " + k.id()).orElse("user " + user.id())), command.only(),
                    account -> command.served().accept(user.id(), account));
        };
    }

    /** {@code caller} (a key or a user) with the prompt's prefix picks the account that served it last, if any. */
    private RelayOutcome call(CallMeter meter, Model model, ChatCall call, Optional<String> caller, Optional<AccountId> only,
                              Consumer<ProviderAccount> served) {
        Optional<Attempts.Sticky> prefix = caller.flatMap(who -> PromptPrefix.hash(who, call))
                .map(hash -> new Attempts.Sticky(sticky, hash));
        PoolScope scope = only.map(id -> PoolScope.oneAccount(pool, model, id)).orElseGet(() -> PoolScope.systemPool(pool, model));
        try {
            return new Attempts(pool, providers, settings, clock, meter, model, call, scope, Attempts.Renewal.NONE)
                    .sticky(prefix).served(served).run();
        } catch (RuntimeException bug) {
            // A fault must not leave the estimate held against the balance.
            meter.refund(Optional.empty(), Optional.of(FailureClass.TRANSIENT));
            throw bug;
        }
    }
}
