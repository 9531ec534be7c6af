package io.tollgate.boot;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.application.audit.AuditTrail;
import io.tollgate.application.identity.console.ChangeAdminPassword;
import io.tollgate.application.identity.console.ConsoleAccess;
import io.tollgate.application.identity.console.FirstAdmin;
import io.tollgate.application.identity.console.ResealAdminSecrets;
import io.tollgate.application.identity.console.SecondFactor;
import io.tollgate.application.identity.console.SignInAdmin;
import io.tollgate.application.identity.signin.LoginThrottle;
import io.tollgate.application.identity.signin.SignInUser;
import io.tollgate.application.relay.usage.UsageDashboard;
import io.tollgate.application.relay.usage.charts.SpendCharts;
import io.tollgate.boot.adapter.CipherSecretSealer;
import io.tollgate.console.Console;
import io.tollgate.console.RootRedirect;
import io.tollgate.console.admin.BillingRoutes;
import io.tollgate.console.admin.CatalogRoutes;
import io.tollgate.console.admin.DashboardRoutes;
import io.tollgate.console.admin.ModerationRoutes;
import io.tollgate.console.admin.UserRoutes;
import io.tollgate.console.admin.accounts.AccountDetailRoutes;
import io.tollgate.console.admin.logs.LogRoutes;
import io.tollgate.application.relay.logs.SearchRequestLog;
import io.tollgate.console.admin.accounts.AccountRoutes;
import io.tollgate.console.admin.accounts.ChannelRoutes;
import io.tollgate.console.admin.models.ModelFormRoutes;
import io.tollgate.console.admin.groups.GroupRoutes;
import io.tollgate.application.billing.ManageGroups;
import io.tollgate.application.relay.catalog.PriceList;
import io.tollgate.console.portal.PortalPricingRoutes;
import io.tollgate.console.admin.signin.PasswordRoutes;
import io.tollgate.console.admin.signin.SignInRoutes;
import io.tollgate.console.portal.PlaygroundRoutes;
import io.tollgate.console.portal.PortalAccountRoutes;
import io.tollgate.console.portal.PortalDashboardRoutes;
import io.tollgate.console.portal.PortalGuard;
import io.tollgate.console.portal.PortalHomeRoutes;
import io.tollgate.console.portal.PortalSignInRoutes;
import io.tollgate.console.web.ConsoleSettings;
import io.tollgate.console.web.SessionGuard;
import io.tollgate.console.web.text.LanguageChoice;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.identity.PasswordHasher;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the console's pages and their use cases, sharing the admin API's instances where both call the same one. */
final class ConsoleWiring {

    private static final Logger LOG = LoggerFactory.getLogger("io.tollgate.first-start");

    private ConsoleWiring() {}

    /** The console's page groups, each given only the use cases it calls; each area's guard before its pages. */
    static Console console(Database database, Wiring.Contexts contexts, PasswordHasher hasher, CredentialCipher cipher,
                           Clock clock, ConsoleSettings settings) {
        SecureRandom random = new SecureRandom();
        IdentityWiring identity = contexts.identity();
        AccountWiring account = contexts.account();
        RelayWiring relay = contexts.relay();
        BillingWiring billing = contexts.billing();
        LoginThrottle throttle = identity.throttle();
        AuditTrail audit = contexts.audit();
        ConsoleAccess sessions = new ConsoleAccess(database.consoleSessions(), database.admins(), clock);
        SignInUser signInUser = new SignInUser(identity.passwords(), database.users(), database.userSessions(), throttle,
                random, clock);
        UsageDashboard dashboard = new UsageDashboard(database.usageReports(), account.quotaDay(), clock);
        SpendCharts spendCharts = new SpendCharts(database.usageCharts(), account.quotaDay(), settings.clock());
        return new Console(List.of(
                new LanguageChoice(settings.zone())::register,
                new RootRedirect(),
                new SessionGuard(sessions, settings.trustedProxies()),
                new SignInRoutes(audit, sessions,
                        new SignInAdmin(database.admins(), database.consoleSessions(), hasher, throttle, random, clock),
                        new SecondFactor(database.admins(), database.consoleSessions(), new CipherSecretSealer(cipher), throttle,
                                random, clock), settings),
                new PasswordRoutes(new ChangeAdminPassword(database.admins(), hasher), audit),
                new DashboardRoutes(spendCharts, audit),
                new UserRoutes(identity.listUsers(), billing.createUser(), billing.history(), relay.usageLog(),
                        identity.changeUserStatus(), billing.changeBalance()),
                new AccountRoutes(account.manageAccounts(), identity.manageApiKeys(), identity.issueApiKey(), relay.keyBudgets(),
                        identity.listUsers()),
                new ChannelRoutes(account.manageAccounts(), relay.checkAccount(), dashboard, account.ownAccounts(),
                        identity.listUsers()),
                new AccountDetailRoutes(account.manageAccounts(), identity.listUsers()),
                new CatalogRoutes(relay.manageModels(), contexts.shareAuth().workflows()),
                new ModelFormRoutes(relay.manageModels()),
                new GroupRoutes(new ManageGroups(database.userGroups(), audit, identity.apiKeys()::forgetAll), identity.listUsers()),
                new BillingRoutes(billing.history(), identity.listUsers()),
                new LogRoutes(new SearchRequestLog(database.requestLog())),
                new ModerationRoutes(contexts.totp().secret(), contexts.moderation().catalog(), contexts.moderation().replace(),
                        settings.clock()),
                new PortalGuard(signInUser, settings.trustedProxies()),
                new PortalSignInRoutes(signInUser, settings),
                new PortalHomeRoutes(identity.preferences(), identity.issueApiKey(), identity.manageApiKeys(),
                        account.notifications(), relay.usageLog(), relay.keyBudgets()),
                new PortalPricingRoutes(new PriceList(relay.models())),
                new PortalAccountRoutes(relay.checkAccount(), account.ownAccounts(), account.oauth(), account.bind()),
                new PortalDashboardRoutes(spendCharts),
                new PlaygroundRoutes(relay.chat(), relay.chatWithOwnAccounts(), relay.models(), account.ownAccounts(), relay.usageLog())));
    }

    /** Re-seals the admins' TOTP secrets still under a retired master key; names any no key here opens. */
    static void resealSecrets(Database database, CredentialCipher cipher) {
        ResealAdminSecrets.Outcome outcome = new ResealAdminSecrets(database.admins(), new CipherSecretSealer(cipher)).run();
        if (outcome.resealed() > 0) {
            LOG.info("Re-sealed {} console admin TOTP secret(s) under master key {}.", outcome.resealed(), cipher.currentKeyId());
        }
        if (!outcome.unopenable().isEmpty()) {
            LOG.warn("No master key opens the TOTP secret of console admin(s) {}: they can sign in with a recovery code only.",
                    outcome.unopenable());
        }
    }

    /** Makes the first console admin on a fresh database and prints its password, once. */
    static void firstAdmin(Database database, PasswordHasher hasher) {
        new FirstAdmin(database.admins(), hasher, new SecureRandom()).ensure().ifPresent(password -> LOG.warn("""

                ================================================================
                  First start: the console admin is '{}' with the password

                      {}

                  It is shown only this once and stored only as an Argon2id hash.
                  Sign in at /console; you will set up two-step sign-in first.
                ================================================================""", FirstAdmin.USERNAME, password));
    }
}
