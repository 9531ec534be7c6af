package io.tollgate.boot;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.application.identity.AuditTrail;
import io.tollgate.application.identity.ChangeAdminPassword;
import io.tollgate.application.identity.ConsoleAccess;
import io.tollgate.application.identity.FirstAdmin;
import io.tollgate.application.identity.LoginThrottle;
import io.tollgate.application.identity.ResealAdminSecrets;
import io.tollgate.application.identity.SecondFactor;
import io.tollgate.application.identity.SignInAdmin;
import io.tollgate.application.identity.SignInUser;
import io.tollgate.application.relay.UsageDashboard;
import io.tollgate.console.ConsoleUseCases;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.identity.PasswordHasher;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the console's use cases, sharing the contexts' instances where the console calls the same one. */
final class ConsoleWiring {

    private static final Logger LOG = LoggerFactory.getLogger("io.tollgate.first-start");

    private ConsoleWiring() {}

    static ConsoleUseCases useCases(Database database, Wiring.Contexts contexts, PasswordHasher hasher, CredentialCipher cipher,
                                    Clock clock) {
        SecureRandom random = new SecureRandom();
        IdentityWiring identity = contexts.identity();
        LoginThrottle throttle = identity.throttle();
        ConsoleUseCases.Access access = new ConsoleUseCases.Access(
                new SignInAdmin(database.admins(), database.consoleSessions(), hasher, throttle, random, clock),
                new SecondFactor(database.admins(), database.consoleSessions(), new CipherSecretSealer(cipher), throttle, random, clock),
                new ConsoleAccess(database.consoleSessions(), database.admins(), clock),
                new AuditTrail(database.auditLog(), clock),
                new ChangeAdminPassword(database.admins(), hasher));
        AccountWiring account = contexts.account();
        RelayWiring relay = contexts.relay();
        BillingWiring billing = contexts.billing();
        ConsoleUseCases.Portal portal = new ConsoleUseCases.Portal(
                new SignInUser(identity.passwords(), database.users(), database.userSessions(), throttle, random, clock),
                account.ownAccounts(), account.bind(), relay.checkAccount(), identity.preferences(), identity.manageApiKeys(),
                identity.issueApiKey(), relay.usageLog(), account.notifications(), account.oauth());
        return new ConsoleUseCases(access, new ConsoleUseCases.Admin(
                new UsageDashboard(database.usageReports(), account.quotaDay(), clock),
                billing.createUser(), identity.listUsers(), identity.changeUserStatus(), billing.changeBalance(), billing.history(),
                identity.manageApiKeys(), account.manageAccounts(), relay.manageModels(), contexts.shareAuth().workflows(),
                contexts.moderation().catalog(), contexts.moderation().replace(), contexts.totp().secret(), relay.usageLog(),
                identity.issueApiKey(), account.ownAccounts(), relay.checkAccount()), portal);
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
