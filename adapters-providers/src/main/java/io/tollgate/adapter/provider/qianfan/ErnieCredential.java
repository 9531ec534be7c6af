package io.tollgate.adapter.provider.qianfan;

import java.util.Optional;

/** A Qianfan v1 credential: the application's API key and secret key, stored as {@code AK:SK}. */
record ErnieCredential(String apiKey, String secretKey) {

    static Optional<ErnieCredential> parse(String credential) {
        int colon = credential.indexOf(':');
        if (colon <= 0 || colon == credential.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new ErnieCredential(credential.substring(0, colon).strip(), credential.substring(colon + 1).strip()));
    }

    /** Never prints the keys. */
    @Override
    public String toString() {
        return "ErnieCredential[***]";
    }
}
