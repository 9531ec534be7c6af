package io.tollgate.application.account;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.ProviderAccount;
import io.tollgate.domain.account.ProviderAccounts;
import io.tollgate.domain.account.SealedCredential;
import io.tollgate.domain.account.oauth.OAuthGrant;
import io.tollgate.domain.account.oauth.OAuthGrants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Re-seals every stored credential under the current master key, so a previous key can be retired. */
public final class ResealCredentials {

    /** What a run did. */
    public sealed interface Outcome {
        /** Every credential opens now; {@code resealed} of them were moved to the current key. */
        record Resealed(int resealed) implements Outcome {}

        /** Some credential is sealed under a key the cipher does not hold; nothing was changed. */
        record UnknownKey(String sealedUnder, String currentKey) implements Outcome {}
    }

    private final ProviderAccounts accounts;
    private final List<OAuthGrant> grants;
    private final Consumer<OAuthGrant> saveGrant;
    private final CredentialCipher cipher;

    /** For stores without OAuth grants. */
    public ResealCredentials(ProviderAccounts accounts, CredentialCipher cipher) {
        this(accounts, List.of(), grant -> { }, cipher);
    }

    /** Re-seals the grants' refresh tokens too. */
    public ResealCredentials(ProviderAccounts accounts, OAuthGrants grants, CredentialCipher cipher) {
        this(accounts, grants.all(), grants::save, cipher);
    }

    private ResealCredentials(ProviderAccounts accounts, List<OAuthGrant> grants, Consumer<OAuthGrant> saveGrant,
                              CredentialCipher cipher) {
        this.accounts = accounts;
        this.grants = grants;
        this.saveGrant = saveGrant;
        this.cipher = cipher;
    }

    /** Checks every credential first, so an unknown key stops the run before anything is written. */
    public Outcome run() {
        Map<AccountId, SealedCredential> stale = new LinkedHashMap<>();
        for (ProviderAccount account : accounts.all()) {
            SealedCredential sealed = accounts.credential(account.id()).orElse(null);
            if (sealed == null || cipher.isCurrent(sealed)) {
                continue;
            }
            if (!cipher.holdsKeyOf(sealed)) {
                return new Outcome.UnknownKey(sealed.keyId(), cipher.currentKeyId());
            }
            stale.put(account.id(), sealed);
        }
        List<OAuthGrant> staleGrants = new ArrayList<>();
        for (OAuthGrant grant : grants) {
            Optional<SealedCredential> sealed = grant.refreshToken().filter(token -> !cipher.isCurrent(token));
            if (sealed.isPresent() && !cipher.holdsKeyOf(sealed.get())) {
                return new Outcome.UnknownKey(sealed.get().keyId(), cipher.currentKeyId());
            }
            sealed.ifPresent(any -> staleGrants.add(grant));
        }
        int resealed = 0;
        for (OAuthGrant grant : staleGrants) {
            AccountId id = grant.account();
            String token = cipher.open(id, grant.refreshToken().orElseThrow());
            saveGrant.accept(new OAuthGrant(id, Optional.of(cipher.seal(id, token)), grant.accessExpiresAt(),
                    grant.refreshedAt(), grant.lastError()));
            resealed++;
        }
        for (Map.Entry<AccountId, SealedCredential> entry : stale.entrySet()) {
            AccountId id = entry.getKey();
            // One conditional statement per account: each is atomic, a crash part-way leaves every value openable,
            // and a credential an admin replaced meanwhile (on another node) is left as the admin set it.
            if (accounts.replaceCredentialIf(id, entry.getValue(), cipher.seal(id, cipher.open(id, entry.getValue())))) {
                resealed++;
            }
        }
        return new Outcome.Resealed(resealed);
    }
}
