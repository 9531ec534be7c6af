package io.tollgate.boot;

import io.tollgate.application.audit.AuditTrail;
import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.provider.Providers;
import io.tollgate.application.account.AccountPool;
import io.tollgate.application.account.BindAccount;
import io.tollgate.application.account.ManageAccounts;
import io.tollgate.application.account.Notifications;
import io.tollgate.application.account.OAuthSettings;
import io.tollgate.application.account.OwnAccounts;
import io.tollgate.application.account.RenewCredentials;
import io.tollgate.application.account.SendReminders;
import io.tollgate.domain.account.HealthPolicy;
import io.tollgate.domain.account.QuotaDay;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The account context: the OAuth clients, the pool of provider accounts and their quota day, credential renewal, binding, the end
 * user's own accounts and notices about them, the admin's account list and, with a webhook, reminders.
 */
record AccountWiring(OAuthSettings oauth, QuotaDay quotaDay, AccountPool pool, RenewCredentials renewal, BindAccount bind,
                     OwnAccounts ownAccounts, Notifications notifications, ManageAccounts manageAccounts,
                     Optional<SendReminders> reminders) {

    /** How long before an access token expires the timer renews it. */
    static final Duration RENEW_AHEAD = Duration.ofMinutes(10);

    static AccountWiring of(Database database, Wiring.Upstream upstream, Config config, AuditTrail audit, Clock clock) {
        HealthPolicy health = new HealthPolicy(config.authFailuresToDisable(), config.failuresToOpen(),
                HealthPolicy.DEFAULT.firstCooldown(), HealthPolicy.DEFAULT.maxCooldown());
        QuotaDay quotaDay = new QuotaDay(config.quotaZone());
        AccountPool pool = new AccountPool(database.providerAccounts(), upstream.cipher(), health, quotaDay, clock,
                Wiring.RELAY_REFRESH);
        RenewCredentials renewal = new RenewCredentials(database.providerAccounts(), database.oauthGrants(),
                upstream.oauthTokens(), upstream.cipher(), pool, config.oauth(), clock, RENEW_AHEAD);
        BindAccount bind = new BindAccount(database.providerAccounts(), database.pendingAuthorizations(),
                database.oauthGrants(), upstream.oauthTokens(), upstream.cipher(), pool, config.oauth(), clock);
        OwnAccounts own = new OwnAccounts(database.providerAccounts(), database.oauthGrants(), database.accountCalls(), pool);
        Notifications notifications = new Notifications(own, database.oauthGrants(), clock, database.accountNotices());
        ManageAccounts manage = new ManageAccounts(database.providerAccounts(), upstream.cipher(), pool,
                database.accountCalls(), config.upstreamAddresses(), Providers.hostResolver(), audit, database.accountNotices(), clock);
        Optional<SendReminders> reminders = config.reminderWebhook().map(url -> new SendReminders(
                database.providerAccounts(), notifications, upstream.reminders().apply(url), database.reminderClaims(),
                quotaDay, clock));
        return new AccountWiring(config.oauth(), quotaDay, pool, renewal, bind, own, notifications, manage, reminders);
    }
}
