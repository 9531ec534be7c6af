package io.tollgate.domain.account;

/** Seals platform credentials for storage, bound to their account so a sealed value cannot be moved. */
public interface CredentialCipher {

    SealedCredential seal(AccountId account, String credential);

    /** The credential; throws if the value was tampered with, moved to another account, or sealed by an unknown key. */
    String open(AccountId account, SealedCredential sealed);
}
