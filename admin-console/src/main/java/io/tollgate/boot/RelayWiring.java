package io.tollgate.boot;

import io.tollgate.application.relay.budget.ManageKeyBudgets;
import io.tollgate.application.audit.AuditTrail;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.provider.Providers;
import io.tollgate.application.moderation.ScreenPrompts;
import io.tollgate.application.relay.ChatWithOwnAccounts;
import io.tollgate.application.relay.CheckAccount;
import io.tollgate.application.relay.CountMessageTokens;
import io.tollgate.application.relay.KeyLimits;
import io.tollgate.application.relay.catalog.ListModels;
import io.tollgate.application.relay.catalog.ManageModels;
import io.tollgate.application.relay.catalog.ModelCatalog;
import io.tollgate.application.relay.PublicLimits;
import io.tollgate.application.relay.RelayChat;
import io.tollgate.application.relay.RelaySettings;
import io.tollgate.application.relay.stored.KeepStoredResponses;
import io.tollgate.application.relay.usage.UsageLog;
import java.time.Clock;

/** The relay context: the model catalog and who sees which model, chats on the pool and on a user's own accounts, checks, usage and token counts. */
record RelayWiring(ModelCatalog models, ListModels listModels, RelayChat chat, ChatWithOwnAccounts chatWithOwnAccounts,
                   CheckAccount checkAccount, ManageModels manageModels, UsageLog usageLog,
                   ManageKeyBudgets keyBudgets, CountMessageTokens countTokens, KeepStoredResponses storedResponses) {

    static RelayWiring of(Database database, IdentityWiring identity, AccountWiring accounts, Wiring.Upstream upstream,
                          Config config, AuditTrail audit, ScreenPrompts screen, Clock clock) {
        ModelCatalog models = new ModelCatalog(database.models(), clock, Wiring.RELAY_REFRESH);
        RelaySettings settings = new RelaySettings(config.relayMaxAttempts(), config.requestDeadline(), config.firstByteTimeout(),
                config.streamIdleTimeout());
        RelayChat chat = new RelayChat(identity.apiKeys(), models, new KeyLimits(database.rateWindows(), clock, accounts.quotaDay().zone()),
                new PublicLimits(database.publicUsage(), accounts.quotaDay(), clock), database.metering(),
                accounts.pool(), upstream.providers(), upstream.tokens(), settings, screen, clock);
        ChatWithOwnAccounts own = new ChatWithOwnAccounts(database.providerAccounts(), accounts.pool(), upstream.providers(),
                database.metering(), database.accountCalls(), upstream.tokens(), database.userPreferences(),
                accounts.renewal(), chat, settings, clock);
        CheckAccount check = new CheckAccount(database.providerAccounts(), upstream.cipher(),
                Providers.accountProbe(upstream.providers()), accounts.renewal(), audit);
        return new RelayWiring(models, new ListModels(identity.apiKeys(), models), chat, own, check,
                new ManageModels(database.models(), models, audit), new UsageLog(database.metering()),
                new ManageKeyBudgets(database.keyBudgets(), database.apiKeys(), audit, accounts.quotaDay().zone(), clock),
                new CountMessageTokens(identity.apiKeys(), models, accounts.pool(), upstream.providers(), upstream.tokens()),
                new KeepStoredResponses(identity.apiKeys(), models, database.storedResponses(), database.providerAccounts(),
                        upstream.cipher(), Providers.storedResponses(clock, config.upstreamAddresses()), clock));
    }
}
