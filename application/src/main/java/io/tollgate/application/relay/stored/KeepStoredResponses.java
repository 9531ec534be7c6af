package io.tollgate.application.relay.stored;

import io.tollgate.application.identity.ApiKeyAuthentication;
import io.tollgate.application.identity.AuthenticateApiKey;
import io.tollgate.application.relay.catalog.ModelCatalog;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.Platform;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.identity.UserId;
import java.time.Clock;
import java.util.Optional;

/**
 * Keeps which OpenAI account stored each of a user's Responses: a follow-up naming one is pinned to that account, and
 * reads and deletes of it are forwarded there; nobody else's key finds it.
 */
public final class KeepStoredResponses {

    /** Where a call naming a previous Response must go. */
    public sealed interface Pin {
        /** Not pinned here: the key is not valid (the relay says so) or no OpenAI account serves the model (the translation refuses). */
        record Free() implements Pin {}

        record To(AccountId account) implements Pin {}

        record Unknown(String responseId) implements Pin {}
    }

    /** What became of a read or delete of a stored Response. */
    public sealed interface Forwarded {
        record InvalidKey() implements Forwarded {}

        record NotFound(String responseId) implements Forwarded {}

        record Unreachable(String responseId) implements Forwarded {}

        record Answered(int status, byte[] body) implements Forwarded {}
    }

    private static final int MAX_ID_LENGTH = 256;

    private final AuthenticateApiKey authenticate;
    private final ModelCatalog models;
    private final StoredResponses stored;
    private final ProviderAccounts accounts;
    private final CredentialCipher cipher;
    private final ResponseUpstream upstream;
    private final Clock clock;

    public KeepStoredResponses(AuthenticateApiKey authenticate, ModelCatalog models, StoredResponses stored,
                               ProviderAccounts accounts, CredentialCipher cipher, ResponseUpstream upstream, Clock clock) {
        this.authenticate = authenticate;
        this.models = models;
        this.stored = stored;
        this.accounts = accounts;
        this.cipher = cipher;
        this.upstream = upstream;
        this.clock = clock;
    }

    /** Where a call on {@code model} naming {@code previousId} must go. */
    public Pin pin(String apiKey, String model, String previousId) {
        if (!(authenticate.authenticate(apiKey) instanceof ApiKeyAuthentication.Valid valid)
                || !models.byName(model).map(m -> m.platforms().contains(Platform.OPENAI)).orElse(false)) {
            return new Pin.Free();
        }
        return owned(valid.user().id(), previousId).<Pin>map(s -> new Pin.To(s.account()))
                .orElseGet(() -> new Pin.Unknown(previousId));
    }

    /** Remembers that {@code account} stored {@code responseId} for {@code user}. */
    public void remember(UserId user, AccountId account, String responseId) {
        if (!plausible(responseId)) {
            return;
        }
        stored.remember(new StoredResponses.Stored(responseId, user, account, clock.instant()));
    }

    /** Reads or deletes the caller's stored Response on its account; a delete the platform confirms forgets it here too. */
    public Forwarded forward(String apiKey, ResponseUpstream.Verb verb, String responseId) {
        if (!(authenticate.authenticate(apiKey) instanceof ApiKeyAuthentication.Valid valid)) {
            return new Forwarded.InvalidKey();
        }
        Optional<StoredResponses.Stored> found = owned(valid.user().id(), responseId);
        Optional<ProviderAccount> account = found.flatMap(s -> accounts.byId(s.account()));
        Optional<String> credential = account.flatMap(a -> accounts.credential(a.id()).map(sealed -> cipher.open(a.id(), sealed)));
        if (credential.isEmpty()) {
            return new Forwarded.NotFound(responseId);
        }
        Optional<ResponseUpstream.Answer> answer = upstream.send(account.get(), credential.get(), verb, responseId);
        if (answer.isEmpty()) {
            return new Forwarded.Unreachable(responseId);
        }
        int status = answer.get().status();
        if (verb == ResponseUpstream.Verb.DELETE && (status / 100 == 2 || status == 404)) {
            stored.forget(responseId);
        }
        return new Forwarded.Answered(status, answer.get().body());
    }

    private Optional<StoredResponses.Stored> owned(UserId user, String responseId) {
        return plausible(responseId) ? stored.find(responseId).filter(s -> s.user().equals(user)) : Optional.empty();
    }

    /** What a platform's Response id can be: short printable text, which no query is made for otherwise. */
    private static boolean plausible(String responseId) {
        return !responseId.isEmpty() && responseId.length() <= MAX_ID_LENGTH && responseId.chars().allMatch(c -> c > 0x20 && c != 0x7f);
    }
}
