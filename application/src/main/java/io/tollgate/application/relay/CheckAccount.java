package io.tollgate.application.relay;

import io.tollgate.application.account.RenewCredentials;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.identity.UserId;
import io.tollgate.domain.relay.ChatProvider;
import io.tollgate.domain.relay.UpstreamFailure;
import io.tollgate.domain.relay.UpstreamRequest;
import io.tollgate.domain.relay.UpstreamResult;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an account with a real one-token call to its platform: valid, expired (a refused credential that could not
 * be renewed), banned, out of quota, or unreachable. Users check their own accounts; admins check any.
 */
public final class CheckAccount {

    /** What the platform said about the account. */
    public enum Verdict { VALID, EXPIRED, BANNED, QUOTA_EXHAUSTED, UNREACHABLE }

    public record Result(Verdict verdict, String detail) {}

    private final ProviderAccounts accounts;
    private final CredentialCipher cipher;
    private final Map<Platform, ChatProvider> providers;
    private final RenewCredentials renewal;

    public CheckAccount(ProviderAccounts accounts, CredentialCipher cipher, Map<Platform, ChatProvider> providers,
                        RenewCredentials renewal) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.providers = Map.copyOf(providers);
        this.renewal = renewal;
    }

    /** The verdict; empty when the owner has no such account. */
    public Optional<Result> check(UserId owner, AccountId id) {
        return accounts.byId(id).filter(a -> a.ownedBy(owner)).flatMap(this::check);
    }

    /** The verdict on any account, the system pool's or a user's (for admins); empty when there is no such account. */
    public Optional<Result> checkAny(AccountId id) {
        return accounts.byId(id).flatMap(this::check);
    }

    private Optional<Result> check(ProviderAccount account) {
        AccountId id = account.id();
        Optional<String> credential = accounts.credential(id).map(sealed -> cipher.open(id, sealed));
        if (credential.isEmpty()) {
            return Optional.empty();
        }
        UpstreamResult result = ping(account, credential.get());
        // Only an account a user bound can have a grant to renew; the system pool's keys are replaced by an admin.
        if (result instanceof UpstreamResult.Failed failed && failed.failure().failureClass() == io.tollgate.domain.account.FailureClass.AUTH
                && !account.inSystemPool()) {
            Optional<String> renewed = renewal.renewNow(id, credential.get());
            if (renewed.isPresent()) {
                result = ping(account, renewed.get());
            }
        }
        return Optional.of(verdict(result));
    }

    private UpstreamResult ping(ProviderAccount account, String credential) {
        ChatProvider provider = providers.get(account.platform());
        if (provider == null) {
            return new UpstreamResult.Failed(UpstreamFailure.of(io.tollgate.domain.account.FailureClass.TRANSIENT, 0,
                    "nothing here can call this account's platform"));
        }
        String model = account.usualModel();
        byte[] body = ("{\"model\":" + JsonText.quote(model) + ",\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}],"
                + "\"max_tokens\":1,\"stream\":false}").getBytes(StandardCharsets.UTF_8);
        return provider.call(new UpstreamRequest(account, credential, model, body, false));
    }

    private static Result verdict(UpstreamResult result) {
        return switch (result) {
            case UpstreamResult.Completed ignored -> new Result(Verdict.VALID, "the platform answered");
            case UpstreamResult.Streaming streaming -> {
                streaming.stream().cancel();
                yield new Result(Verdict.VALID, "the platform answered");
            }
            case UpstreamResult.Failed failed -> verdict(failed.failure());
        };
    }

    private static Result verdict(UpstreamFailure failure) {
        String detail = failure.message();
        return switch (failure.failureClass()) {
            case AUTH -> new Result(banned(failure) ? Verdict.BANNED : Verdict.EXPIRED, detail);
            case QUOTA -> new Result(Verdict.QUOTA_EXHAUSTED, detail);
            case TRANSIENT -> new Result(Verdict.UNREACHABLE, detail);
            // Throttled or a refused request: the credential itself was accepted.
            case RATE, CLIENT -> new Result(Verdict.VALID, "credential accepted; the platform said: " + detail);
        };
    }

    private static boolean banned(UpstreamFailure failure) {
        String text = failure.message().toLowerCase(Locale.ROOT);
        return failure.status() == 403 || text.contains("ban") || text.contains("deactivat") || text.contains("suspend")
                || text.contains("封");
    }
}
