package io.tollgate.domain.account;

/** Seals platform credentials for storage, bound to their account so a sealed value cannot be moved. */
public interface CredentialCipher {

    /** Seals under the current key. */
    SealedCredential seal(AccountId account, String credential);

    /** The credential; throws if the value was tampered with, moved to another account, or sealed by an unknown key. */
    String open(AccountId account, SealedCredential sealed);

    /** The id of the key values are sealed under now; names the key without revealing it. */
    String currentKeyId();

    /** Whether this cipher holds the key the value was sealed under: the current key or a previous one. */
    boolean holdsKeyOf(SealedCredential sealed);

    /** Whether the value is sealed under the current key, so re-sealing it would change nothing. */
    default boolean isCurrent(SealedCredential sealed) {
        return currentKeyId().equals(sealed.keyId());
    }
}
