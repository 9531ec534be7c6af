package io.tollgate.application.relay;

/**
 * How the relay behaves: attempts per request (accounts tried before giving up), and the completion
 * tokens reserved for a request that sets no max_tokens.
 */
public record RelaySettings(int maxAttempts, long defaultMaxTokens) {

    public static final RelaySettings DEFAULT = new RelaySettings(3, 4096);

    public RelaySettings {
        if (maxAttempts < 1 || defaultMaxTokens < 1) {
            throw new IllegalArgumentException("at least one attempt and one token");
        }
    }
}
