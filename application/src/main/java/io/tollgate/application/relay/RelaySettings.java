package io.tollgate.application.relay;

/** How the relay behaves: attempts per request (accounts tried before giving up). */
public record RelaySettings(int maxAttempts) {

    public static final RelaySettings DEFAULT = new RelaySettings(3);

    public RelaySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }
}
