package io.tollgate.application.fakes;

import io.tollgate.domain.account.AccountId;
import io.tollgate.domain.account.CredentialCipher;
import io.tollgate.domain.account.SealedCredential;
import java.nio.charset.StandardCharsets;

/** Not encryption: it reverses the bytes and binds the account id, so tests see sealing and a moved value fails. */
public final class FakeCredentialCipher implements CredentialCipher {

    @Override
    public SealedCredential seal(AccountId account, String credential) {
        byte[] plain = (account + "|" + credential).getBytes(StandardCharsets.UTF_8);
        byte[] sealed = new byte[plain.length];
        for (int i = 0; i < plain.length; i++) {
            sealed[i] = plain[plain.length - 1 - i];
        }
        return new SealedCredential("fake-1", sealed);
    }

    @Override
    public String open(AccountId account, SealedCredential sealed) {
        byte[] bytes = sealed.sealed();
        byte[] plain = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            plain[i] = bytes[bytes.length - 1 - i];
        }
        String text = new String(plain, StandardCharsets.UTF_8);
        String prefix = account + "|";
        if (!text.startsWith(prefix)) {
            throw new IllegalArgumentException("sealed for another account");
        }
        return text.substring(prefix.length());
    }
}
