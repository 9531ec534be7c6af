package io.tollgate.boot.adapter;

import io.tollgate.application.identity.console.SecretSealer;
import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.SealedCredential;
import java.util.Base64;
import java.util.UUID;

/**
 * Seals console secrets (admins' TOTP keys) with the credential cipher: AES-256-GCM under the master key, bound to
 * the owner's id the way a credential is bound to its account. Stored as {@code keyId:base64}.
 */
public final class CipherSecretSealer implements SecretSealer {

    private final CredentialCipher cipher;

    public CipherSecretSealer(CredentialCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String seal(UUID owner, String secret) {
        SealedCredential sealed = cipher.seal(new AccountId(owner), secret);
        return sealed.keyId() + ":" + Base64.getEncoder().encodeToString(sealed.sealed());
    }

    @Override
    public String open(UUID owner, String sealed) {
        return cipher.open(new AccountId(owner), parse(sealed));
    }

    @Override
    public boolean isCurrent(String sealed) {
        return cipher.isCurrent(parse(sealed));
    }

    @Override
    public boolean canOpen(String sealed) {
        return cipher.holdsKeyOf(parse(sealed));
    }

    private static SealedCredential parse(String sealed) {
        int colon = sealed.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("a sealed console secret is keyId:base64");
        }
        return new SealedCredential(sealed.substring(0, colon), Base64.getDecoder().decode(sealed.substring(colon + 1)));
    }
}
