package io.tollgate.boot;

import io.tollgate.adapter.persistence.Database;
import io.tollgate.adapter.persistence.crypto.AesGcmCredentialCipher;
import io.tollgate.application.account.ResealCredentials;
import io.tollgate.domain.account.CredentialCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The credential cipher from the configured master keys, and the start-up check that it opens what is stored. */
final class MasterKeys {

    private static final Logger LOG = LoggerFactory.getLogger(MasterKeys.class);

    private MasterKeys() {}

    /** The current key (from the environment or the data directory), also opening under the previous key when set. */
    static CredentialCipher cipher(Config config) {
        AesGcmCredentialCipher current = config.masterKey().map(AesGcmCredentialCipher::fromBase64)
                .orElseGet(() -> new AesGcmCredentialCipher(SecretFiles.readOrCreate(config.dataDir().resolve("master-key"),
                        "credential master key", "open the stored platform credentials")));
        return config.masterKeyPrevious().map(current::withPreviousBase64).orElse(current);
    }

    /**
     * Re-seals every credential still under the previous key and answers how many; a credential under a key neither
     * variable holds is an {@link IllegalArgumentException} naming the variable, so start-up stops with one clear line.
     */
    static int resealOrRefuse(Database database, CredentialCipher cipher) {
        return switch (new ResealCredentials(database.providerAccounts(), database.oauthGrants(), cipher).run()) {
            case ResealCredentials.Outcome.Resealed resealed -> {
                if (resealed.resealed() > 0) {
                    LOG.info("Re-sealed {} platform credential(s) under master key {}; TOLLGATE_MASTER_KEY_PREVIOUS "
                            + "can now be removed.", resealed.resealed(), cipher.currentKeyId());
                }
                yield resealed.resealed();
            }
            case ResealCredentials.Outcome.UnknownKey unknown -> throw new IllegalArgumentException(
                    "TOLLGATE_MASTER_KEY does not open the stored platform credentials (sealed under key id "
                            + unknown.sealedUnder() + "; this key is " + unknown.currentKey() + "). Set the key they "
                            + "were sealed with, or that key as TOLLGATE_MASTER_KEY_PREVIOUS to re-seal them.");
        };
    }
}
