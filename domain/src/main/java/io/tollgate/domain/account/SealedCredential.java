package io.tollgate.domain.account;

import java.util.Objects;

/** A credential as stored: ciphertext (with its nonce and tag) and the id of the key that sealed it. */
public record SealedCredential(String keyId, byte[] sealed) {

    public SealedCredential {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(sealed, "sealed");
    }

    @Override
    public String toString() {
        return "SealedCredential[keyId=" + keyId + ", " + sealed.length + " bytes]";
    }
}
