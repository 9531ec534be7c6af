package io.tollgate.application.relay;

import io.tollgate.application.account.RenewCredentials;
import io.tollgate.application.audit.AuditTrail;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.identity.UserId;
import java.util.Optional;

/**
 * Checks an account with a real one-token call to its platform: valid, expired (a refused credential that could not
 * be renewed), banned, out of quota, or unreachable. Users check their own accounts; admins check any, audited.
 */
public final class CheckAccount {

    /** What the platform said about the account. */
    public enum Verdict {
        VALID, EXPIRED, BANNED, QUOTA_EXHAUSTED, UNREACHABLE;

        /** The platform refused the credential itself: a renewed one may be accepted. */
        public boolean credentialRefused() {
            return this == EXPIRED || this == BANNED;
        }
    }

    public record Result(Verdict verdict, String detail) {}

    /** A verdict and how long it took to get, in milliseconds. */
    public record Timed(Result result, long millis) {}

    private final ProviderAccounts accounts;
    private final CredentialCipher cipher;
    private final AccountProbe probe;
    private final RenewCredentials renewal;
    private final AuditTrail audit;

    public CheckAccount(ProviderAccounts accounts, CredentialCipher cipher, AccountProbe probe, RenewCredentials renewal,
                        AuditTrail audit) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.probe = probe;
        this.renewal = renewal;
        this.audit = audit;
    }

    /** The verdict; empty when the owner has no such account. */
    public Optional<Result> check(UserId owner, AccountId id) {
        return accounts.byId(id).filter(a -> a.ownedBy(owner)).flatMap(this::check);
    }

    /** The verdict on any account, the system pool's or a user's (for admins); empty when there is no such account. */
    public Optional<Result> checkAny(AccountId id, String actor) {
        Optional<ProviderAccount> account = accounts.byId(id);
        Optional<Result> result = account.flatMap(this::check);
        result.ifPresent(checked -> audit.record(actor, "check-account",
                account.get().name() + " (" + id + ") → " + checked.verdict().name().toLowerCase(java.util.Locale.ROOT)));
        return result;
    }

    /** As {@link #checkAny}, timed from the call's start to its verdict (a renewal and second call included). */
    public Optional<Timed> test(AccountId id, String actor) {
        long started = System.nanoTime();
        Optional<Result> result = checkAny(id, actor);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return result.map(checked -> new Timed(checked, millis));
    }

    private Optional<Result> check(ProviderAccount account) {
        AccountId id = account.id();
        Optional<String> credential = accounts.credential(id).map(sealed -> cipher.open(id, sealed));
        if (credential.isEmpty()) {
            return Optional.empty();
        }
        Result result = probe.probe(account, credential.get());
        // Only an account a user bound can have a grant to renew; the system pool's keys are replaced by an admin.
        if (result.verdict().credentialRefused() && !account.inSystemPool()) {
            Optional<String> renewed = renewal.renewNow(id, credential.get());
            if (renewed.isPresent()) {
                result = probe.probe(account, renewed.get());
            }
        }
        return Optional.of(result);
    }
}
