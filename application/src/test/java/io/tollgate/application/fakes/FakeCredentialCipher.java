package io.tollgate.application.fakes;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.SealedCredential;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Not encryption: it reverses the bytes and binds the key id and account id, so tests see sealing, a moved value
 * fails, and a value sealed under a key the cipher does not hold is refused.
 */
public final class FakeCredentialCipher implements CredentialCipher {

    private final String keyId;
    private final Set<String> previous;

    public FakeCredentialCipher() {
        this("fake-1");
    }

    /** Seals under {@code keyId}; also opens values sealed under the previous key ids. */
    public FakeCredentialCipher(String keyId, String... previous) {
        this.keyId = keyId;
        this.previous = Set.of(previous);
    }

    @Override
    public SealedCredential seal(AccountId account, String credential) {
        return new SealedCredential(keyId, reversed((keyId + "|" + account + "|" + credential).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String open(AccountId account, SealedCredential sealed) {
        if (!holdsKeyOf(sealed)) {
            throw new IllegalStateException("sealed under unknown key " + sealed.keyId());
        }
        String text = new String(reversed(sealed.sealed()), StandardCharsets.UTF_8);
        String prefix = sealed.keyId() + "|" + account + "|";
        if (!text.startsWith(prefix)) {
            throw new IllegalArgumentException("sealed for another account or under another key");
        }
        return text.substring(prefix.length());
    }

    @Override
    public String currentKeyId() {
        return keyId;
    }

    @Override
    public boolean holdsKeyOf(SealedCredential sealed) {
        return keyId.equals(sealed.keyId()) || previous.contains(sealed.keyId());
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }
}
